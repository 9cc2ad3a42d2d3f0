namespace InnovationAcademy.Enrollments.Models;

/// <summary>A lesson a learner has done, by the lesson's key so that it survives new course versions.</summary>
internal sealed class LessonCompletion
{
    public long Id { get; set; }

    public int EnrollmentId { get; set; }

    public Guid LessonKey { get; set; }

    public DateTime CompletedUtc { get; set; }

    /// <summary>"button", "video" or "recipe": how it was completed.</summary>
    public string Via { get; set; } = "button";
}
