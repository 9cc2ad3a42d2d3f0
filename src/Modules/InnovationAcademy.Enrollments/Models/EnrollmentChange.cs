namespace InnovationAcademy.Enrollments.Models;

/// <summary>The enrolment's own audit trail: who changed it, when, to what and why.</summary>
internal sealed class EnrollmentChange
{
    public long Id { get; set; }

    public int EnrollmentId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>A stable verb: enrolled, requested, approved, rejected, waitlisted, promoted, withdrawn, left, re-enrolled, imported, completed.</summary>
    public required string Action { get; set; }

    public EnrollmentStatus Status { get; set; }

    public string? ActorId { get; set; }

    /// <summary>The actor's e-mail, or "system" / "recipe".</summary>
    public required string ActorName { get; set; }

    public string? Reason { get; set; }
}
