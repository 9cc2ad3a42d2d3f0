using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Assignments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission GradeAssignments = new("GradeAssignments", "Read and grade final assignments; release blind grades", "Assignments");

    public IEnumerable<Permission> GetPermissions() => [GradeAssignments];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [GradeAssignments]),
        new(RoleNames.CourseAdministrator, [GradeAssignments]),
    ];
}
