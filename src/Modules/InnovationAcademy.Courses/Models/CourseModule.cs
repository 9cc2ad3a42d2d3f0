namespace InnovationAcademy.Courses.Models;

public sealed class CourseModule
{
    public int Id { get; set; }

    public int CourseVersionId { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public List<Lesson> Lessons { get; set; } = [];
}
