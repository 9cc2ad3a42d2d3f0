using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Assignments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission GradeAssignments = new("GradeAssignments", "Read and grade final assignments; release blind grades", "Assignments");

    public static readonly Permission DecideAssignments = new("DecideAssignments", "Decide on hand-ins graded by two reviewers", "Assignments");

    public IEnumerable<Permission> GetPermissions() => [GradeAssignments, DecideAssignments];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [GradeAssignments, DecideAssignments]),
        new(RoleNames.CourseAdministrator, [GradeAssignments, DecideAssignments]),
    ];
}
