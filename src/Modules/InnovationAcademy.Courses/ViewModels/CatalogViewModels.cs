using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Services;

namespace InnovationAcademy.Courses.ViewModels;

internal sealed class CatalogViewModel
{
    public string? Query { get; init; }

    public string? Topic { get; init; }

    public string? Language { get; init; }

    public required Page<CourseSummary> Courses { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrWhiteSpace(Topic) || !string.IsNullOrWhiteSpace(Language);

    /// <summary>The catalog address for another page, keeping the search and filters.</summary>
    public string PageLink(int page)
    {
        var parts = new List<string> { $"page={page}" };
        if (!string.IsNullOrWhiteSpace(Query))
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (!string.IsNullOrWhiteSpace(Topic))
        {
            parts.Add("topic=" + Uri.EscapeDataString(Topic));
        }

        if (!string.IsNullOrWhiteSpace(Language))
        {
            parts.Add("language=" + Uri.EscapeDataString(Language));
        }

        return "/courses?" + string.Join("&", parts);
    }
}

internal sealed record CoursePageViewModel(CourseVersion Course, CourseDisplayContext Display);

internal sealed record LessonViewModel(CourseVersion Course, Lesson Lesson, CourseDisplayContext Display)
{
    public string? PlayerUrl => VideoEmbed.PlayerUrl(Lesson.VideoUrl);
}

/// <summary>The outline of modules and lessons, with the current lesson, the viewer's completed ones and other modules' parts.</summary>
internal sealed record OutlineModel(CourseVersion Course, Guid? Current, CourseDisplayContext Display);
