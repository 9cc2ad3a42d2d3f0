using System.ComponentModel.DataAnnotations;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;

namespace InnovationAcademy.Enrollments.ViewModels;

internal sealed record CourseEnrollmentSummary(CourseRef Course, RosterCounts Counts);

internal sealed class RosterViewModel
{
    public required CourseRef Course { get; init; }

    public required RosterFilter Filter { get; init; }

    public required Page<RosterRow> Learners { get; init; }

    public required EnrollmentSettings Settings { get; init; }

    public required RosterCounts Counts { get; init; }

    /// <summary>E-mails about this course that have not reached their readers.</summary>
    public IReadOnlyList<UndeliveredEmail> Undelivered { get; init; } = [];

    public string Base => $"/admin/courses/{Course.Slug}/enrollments";
}

internal sealed class EnrollmentDetailViewModel
{
    public required CourseRef Course { get; init; }

    public required Enrollment Enrollment { get; init; }

    /// <summary>The learner, as the user directory knows them (an account since removed shows its id).</summary>
    public required Core.Users.UserCard Learner { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}

/// <summary>An administrator's decision on one enrolment: approve, reject, withdraw or re-enrol, with a reason.</summary>
internal sealed class DecisionForm
{
    [StringLength(1000, ErrorMessage = "Keep the reason under {1} characters.")]
    public string? Reason { get; set; }
}

internal sealed class AddLearnerViewModel
{
    public CourseRef? Course { get; set; }

    [Required(ErrorMessage = "Enter the learner's e-mail.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [StringLength(256, ErrorMessage = "Keep the e-mail under {1} characters.")]
    public string Email { get; set; } = "";

    /// <summary>Needed only for someone without an account yet.</summary>
    [StringLength(200, ErrorMessage = "Keep the name under {1} characters.")]
    public string? Name { get; set; }

    public string Language { get; set; } = "es";

    [StringLength(1000, ErrorMessage = "Keep the reason under {1} characters.")]
    public string? Reason { get; set; }

    public bool Notify { get; set; } = true;
}

internal sealed class EnrollmentSettingsViewModel
{
    public CourseRef? Course { get; set; }

    public EnrollmentMethod Method { get; set; }

    [StringLength(100, ErrorMessage = "Keep the key under {1} characters.")]
    public string? EnrollmentKey { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "The capacity is a whole number of at least 1; leave it empty for no limit.")]
    public int? Capacity { get; set; }

    /// <summary>Local date and time in the administrator's time zone (datetime-local input).</summary>
    public DateTime? Opens { get; set; }

    public DateTime? Closes { get; set; }

    public string TimeZoneName { get; set; } = "UTC";
}

internal sealed class MessageViewModel
{
    public CourseRef? Course { get; set; }

    public RosterFilter Filter { get; set; } = new(null, null);

    public int RecipientCount { get; set; }

    [Required(ErrorMessage = "Write a subject.")]
    [StringLength(200, ErrorMessage = "Keep the subject under {1} characters.")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Write the message.")]
    [StringLength(10_000, ErrorMessage = "Keep the message under {1} characters.")]
    public string Body { get; set; } = "";
}

internal sealed class ImportUploadViewModel
{
    public CourseRef? Course { get; set; }

    public string? FileError { get; set; }
}

internal sealed class ImportPreviewViewModel
{
    public required CourseRef Course { get; init; }

    public required ImportPreview Preview { get; init; }

    public bool AllOrNothing { get; init; }

    public string? Error { get; init; }
}
