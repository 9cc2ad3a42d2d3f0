using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Features;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", "Infrastructure");

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageFeatures])];
}
