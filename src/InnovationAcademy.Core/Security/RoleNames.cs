namespace InnovationAcademy.Core.Security;

/// <summary>The roles every site starts with. Administrators hold every permission.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string CourseAdministrator = "CourseAdministrator";
    public const string Editor = "Editor";
    public const string Facilitator = "Facilitator";
    public const string Learner = "Learner";

    public static IReadOnlyList<string> All { get; } = [Administrator, CourseAdministrator, Editor, Facilitator, Learner];
}
