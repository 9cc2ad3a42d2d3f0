using InnovationAcademy.Core.Security;

namespace InnovationAcademy.TalentDirectory;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Approve, reject or ask for changes to profiles; create, import, edit and delete any profile; see statistics; keep the sector list.</summary>
    public static readonly Permission ManageTalentDirectory = new("ManageTalentDirectory", "Moderate and manage the talent directory", "Talent directory");

    public IEnumerable<Permission> GetPermissions() => [ManageTalentDirectory];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageTalentDirectory]),
        new(RoleNames.CourseAdministrator, [ManageTalentDirectory]),
    ];
}
