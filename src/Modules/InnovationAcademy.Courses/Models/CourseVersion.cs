namespace InnovationAcademy.Courses.Models;

/// <summary>One saved state of a course, whole: its details, modules and lessons.</summary>
internal sealed class CourseVersion
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course Course { get; set; } = null!;

    /// <summary>1, 2, 3… per course.</summary>
    public int Number { get; set; }

    /// <summary>The version learners see; at most one per course.</summary>
    public bool Published { get; set; }

    /// <summary>The newest version, which editors edit; exactly one per course.</summary>
    public bool Latest { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>The content's own language ("es", "en", …), whatever the interface language.</summary>
    public string Language { get; set; } = "es";

    public List<string> Topics { get; set; } = [];

    public string Level { get; set; } = "";

    public decimal Hours { get; set; }

    public string? CoverImageUrl { get; set; }

    public string Prerequisites { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Who saved this version ("recipe:name" for an import, see SavedBy).</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>What this save changed, in the editor's words of the action ("Lesson saved: …").</summary>
    public string ChangeNote { get; set; } = "";

    public List<CourseModule> Modules { get; set; } = [];
}
