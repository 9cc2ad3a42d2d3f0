using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Settings;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings", "Infrastructure");

    public IEnumerable<Permission> GetPermissions() => [ManageSettings];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageSettings])];
}
