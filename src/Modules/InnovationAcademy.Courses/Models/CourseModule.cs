namespace InnovationAcademy.Courses.Models;

internal sealed class CourseModule
{
    public int Id { get; set; }

    public int CourseVersionId { get; set; }

    /// <summary>The module's identity across versions, as <see cref="Lesson.Key"/> is a lesson's: completion follows it.</summary>
    public Guid Key { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public List<Lesson> Lessons { get; set; } = [];
}
