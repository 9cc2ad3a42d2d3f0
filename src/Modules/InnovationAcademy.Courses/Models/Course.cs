namespace InnovationAcademy.Courses.Models;

/// <summary>
/// A course's identity: its slug and its versions. Every save makes a new <see cref="CourseVersion"/>;
/// learners see the published one, editors work on the latest.
/// </summary>
internal sealed class Course
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];
}
