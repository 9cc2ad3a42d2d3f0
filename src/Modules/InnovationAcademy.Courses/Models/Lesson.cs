using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Courses.Models;

internal sealed class Lesson
{
    public int Id { get; set; }

    public int CourseModuleId { get; set; }

    /// <summary>
    /// The lesson's identity across versions: its address and, later, learners' progress follow the key,
    /// so republishing a course does not break links or lose progress.
    /// </summary>
    public Guid Key { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public LessonKind Kind { get; set; }

    /// <summary>Markdown as the editor wrote it.</summary>
    public string Body { get; set; } = "";

    /// <summary><see cref="Body"/> rendered and sanitized when saved.</summary>
    public string BodyHtml { get; set; } = "";

    public string? VideoUrl { get; set; }

    public string? CaptionsUrl { get; set; }

    public string Transcript { get; set; } = "";

    public string? ResourceUrl { get; set; }

    public int Minutes { get; set; }
}
