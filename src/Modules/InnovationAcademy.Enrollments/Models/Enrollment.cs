
namespace InnovationAcademy.Enrollments.Models;

/// <summary>One learner in one course, whatever the status; there is at most one per learner and course.</summary>
internal sealed class Enrollment
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public required string UserId { get; set; }

    public EnrollmentStatus Status { get; set; }

    /// <summary>When the learner first asked or was enrolled; the waiting list is served in this order.</summary>
    public DateTime RequestedUtc { get; set; }

    public DateTime StatusChangedUtc { get; set; }

    /// <summary>Share of the course done, 0–100, recomputed on every completion.</summary>
    public int ProgressPercent { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public DateTime? LastActivityUtc { get; set; }

    /// <summary>The lesson the learner opened last, where "continue" takes them.</summary>
    public Guid? LastLessonKey { get; set; }

    public List<LessonCompletion> Lessons { get; set; } = [];

    public List<ModuleCompletion> Modules { get; set; } = [];

    public List<EnrollmentChange> Changes { get; set; } = [];

    /// <summary>Whether the learner may open the course's lessons.</summary>
    public bool IsActive => Status == EnrollmentStatus.Active;
}
