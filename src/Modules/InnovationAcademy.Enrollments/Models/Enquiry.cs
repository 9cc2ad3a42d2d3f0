
namespace InnovationAcademy.Enrollments.Models;

/// <summary>A question about a course from a learner or a visitor, and the administrators' answer.</summary>
internal sealed class Enquiry
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    /// <summary>The asker's account when signed in; their answers are listed at /my/enquiries.</summary>
    public string? UserId { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The language to answer in ("es", "en").</summary>
    public string Culture { get; set; } = "es";

    public required string Question { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public bool IsAnswered => AnsweredUtc is not null;
}
