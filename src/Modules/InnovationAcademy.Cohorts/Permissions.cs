using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Cohorts;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See cohorts' sign-ups with their intake answers, and admit, wait-list or reject applicants.</summary>
    public static readonly Permission ManageCohorts = new("ManageCohorts", "Review cohort sign-ups and decide admissions", "Cohorts");

    /// <summary>Mark who attended a session, by hand or from a meeting tool's export; implied by <see cref="ManageCohorts"/>.</summary>
    public static readonly Permission MarkAttendance = new("MarkAttendance", "Mark attendance at cohort sessions", "Cohorts") { ImpliedBy = [ManageCohorts] };

    /// <summary>Hide and restore posts, lock and pin threads, settle reports in cohorts' community spaces; implied by <see cref="ManageCohorts"/>.</summary>
    public static readonly Permission ModerateCommunity = new("ModerateCommunity", "Moderate cohort community spaces", "Cohorts") { ImpliedBy = [ManageCohorts] };

    public IEnumerable<Permission> GetPermissions() => [ManageCohorts, MarkAttendance, ModerateCommunity];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageCohorts]),
        new(RoleNames.CourseAdministrator, [ManageCohorts]),
        new(RoleNames.Facilitator, [MarkAttendance, ModerateCommunity]),
    ];
}
