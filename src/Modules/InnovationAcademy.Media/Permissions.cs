using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Media;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Upload and remove media files", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageMedia];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageMedia]),
        new(RoleNames.Editor, [ManageMedia]),
    ];
}
