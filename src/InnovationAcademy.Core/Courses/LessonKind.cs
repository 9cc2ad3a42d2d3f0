namespace InnovationAcademy.Core.Courses;

public enum LessonKind
{
    /// <summary>Markdown text.</summary>
    Reading,

    /// <summary>An uploaded or allow-listed embedded video, always with a text transcript.</summary>
    Video,

    /// <summary>A file to download or an external link.</summary>
    Resource,
}
