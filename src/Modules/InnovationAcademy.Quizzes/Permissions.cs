using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Quizzes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission GradeQuizzes = new("GradeQuizzes", "See quiz results, regrade and override grades", "Quizzes");

    public IEnumerable<Permission> GetPermissions() => [GradeQuizzes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [GradeQuizzes]),
        new(RoleNames.CourseAdministrator, [GradeQuizzes]),
    ];
}
