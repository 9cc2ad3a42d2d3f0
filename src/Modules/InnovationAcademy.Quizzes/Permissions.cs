using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Quizzes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission GradeQuizzes = new("GradeQuizzes", "See quiz results, regrade and override grades", "Quizzes");

    /// <summary>Authoring: quizzes' settings and the course question banks (editors write questions, they do not grade).</summary>
    public static readonly Permission EditQuizzes = new("EditQuizzes", "Create quizzes, change their settings and write the question banks", "Quizzes");

    /// <summary>The quiz pages' entry: held by whoever grades or writes quizzes.</summary>
    public static readonly Permission ViewQuizzes = new("ViewQuizzes", "See the quizzes of courses", "Quizzes") { ImpliedBy = [GradeQuizzes, EditQuizzes] };

    public IEnumerable<Permission> GetPermissions() => [GradeQuizzes, EditQuizzes, ViewQuizzes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [GradeQuizzes, EditQuizzes]),
        new(RoleNames.CourseAdministrator, [GradeQuizzes, EditQuizzes]),
        new(RoleNames.Editor, [EditQuizzes]),
    ];
}
