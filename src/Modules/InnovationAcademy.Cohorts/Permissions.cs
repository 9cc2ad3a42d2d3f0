using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Cohorts;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See cohorts' sign-ups with their intake answers, and admit, wait-list or reject applicants.</summary>
    public static readonly Permission ManageCohorts = new("ManageCohorts", "Review cohort sign-ups and decide admissions", "Cohorts");

    public IEnumerable<Permission> GetPermissions() => [ManageCohorts];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageCohorts]),
        new(RoleNames.CourseAdministrator, [ManageCohorts]),
    ];
}
