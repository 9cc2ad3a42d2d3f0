namespace InnovationAcademy.Enrollments.Models;

/// <summary>The English names of enrolment choices, used as localization keys wherever they are shown or recorded.</summary>
internal static class EnrollmentText
{
    /// <summary>The roster's status filters, in the order the roster offers them.</summary>
    public static IReadOnlyList<(string Value, string Name)> StatusFilters { get; } =
    [
        ("active", "In progress"),
        ("completed", "Completed"),
        ("pending", "Pending"),
        ("waitlisted", "Waiting list"),
        ("rejected", "Rejected"),
        ("withdrawn", "Withdrawn"),
        ("left", "Left"),
    ];

    public static string MethodName(EnrollmentMethod method) => method switch
    {
        EnrollmentMethod.Approval => "Approval required",
        EnrollmentMethod.Key => "Enrolment key",
        EnrollmentMethod.AdministratorsOnly => "Administrators only",
        _ => "Open self-enrolment",
    };

    public static string StatusFilterName(string? value) =>
        StatusFilters.FirstOrDefault(f => f.Value == value).Name ?? "All";
}
