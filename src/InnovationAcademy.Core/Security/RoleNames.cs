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

    /// <summary>
    /// The translation key of a standard role's name for people ("role:CourseAdministrator" → "Gestión de cursos"),
    /// or null for a role the site made itself, which is shown as it was named.
    /// </summary>
    public static string? LabelKey(string role) => All.Contains(role) ? "role:" + role : null;
}
