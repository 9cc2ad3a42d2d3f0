using InnovationAcademy.Enrollments.Models;

namespace InnovationAcademy.Enrollments.ViewModels;

/// <summary>The English words (localization keys) for statuses and the actions of an enrolment's history.</summary>
internal static class EnrollmentLabels
{
    public static string Status(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Active => "Enrolled",
        EnrollmentStatus.Pending => "Pending",
        EnrollmentStatus.Waitlisted => "Waiting list",
        EnrollmentStatus.Rejected => "Rejected",
        EnrollmentStatus.Withdrawn => "Withdrawn",
        _ => "Left",
    };

    public static string Action(string action) => action switch
    {
        "enrolled" => "Enrolled",
        "enrolled-by-administrator" => "Enrolled by an administrator",
        "requested" => "Asked to join",
        "approved" => "Approved",
        "rejected" => "Turned down",
        "waitlisted" => "Put on the waiting list",
        "promoted" => "Given a freed place",
        "withdrawn" => "Withdrawn",
        "left" => "Left the course",
        "re-enrolled" => "Re-enrolled",
        "imported" => "Imported",
        "completed" => "Completed the course",
        _ => action,
    };
}
