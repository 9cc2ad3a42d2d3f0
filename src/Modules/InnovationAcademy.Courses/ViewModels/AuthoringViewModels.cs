using System.ComponentModel.DataAnnotations;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Services;

namespace InnovationAcademy.Courses.ViewModels;

/// <summary>A course's details as the editor's form posts them; topics are comma-separated.</summary>
internal sealed class CourseDetailsForm
{
    /// <summary>Empty on a new course: made from the title (<see cref="CourseSlugs"/>).</summary>
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the title.")]
    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    [Required]
    public string Language { get; set; } = "es";

    [Range(0, 1000, ErrorMessage = "Hours must be between 0 and 1000.")]
    public decimal Hours { get; set; }

    public string? Topics { get; set; }

    public string? Level { get; set; }

    public string? Prerequisites { get; set; }

    /// <summary>An uploaded image (/media/…) or an https address.</summary>
    public string? CoverImageUrl { get; set; }

    /// <summary>A cover picture chosen on the form; once stored it replaces <see cref="CoverImageUrl"/>.</summary>
    public Microsoft.AspNetCore.Http.IFormFile? Cover { get; set; }

    public IReadOnlyList<string> TopicList =>
        (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CourseDetailsForm From(CourseVersion version) => new()
    {
        Slug = version.Course.Slug,
        Title = version.Title,
        Summary = version.Summary,
        Language = version.Language,
        Hours = version.Hours,
        Topics = string.Join(", ", version.Topics),
        Level = version.Level,
        Prerequisites = version.Prerequisites,
        CoverImageUrl = version.CoverImageUrl,
    };
}

internal sealed record CourseRow(string Slug, string Title, int LatestNumber, int? PublishedNumber, DateTime UpdatedUtc, string UpdatedBy);

internal sealed class CourseEditViewModel
{
    public required CourseVersion Latest { get; init; }

    public int? PublishedNumber { get; init; }

    public required CourseDetailsForm Details { get; init; }

    /// <summary>What the other modules hold for this course (enrolment, quizzes, assignment, certificate), each with its links.</summary>
    public IReadOnlyList<CourseEditorPart> Parts => AllParts.Cards;

    /// <summary>The other modules' cards and their parts under each module of the outline (a module's quiz).</summary>
    public CourseEditorParts AllParts { get; init; } = new([], Array.Empty<(Guid, CourseEditorPart)>().ToLookup(p => p.Item1, p => p.Item2));

    public bool HasUnpublishedChanges => PublishedNumber != Latest.Number;
}

internal sealed class LessonForm
{
    [Required(ErrorMessage = "Enter the title.")]
    public string Title { get; set; } = "";

    [Required]
    public string Kind { get; set; } = "reading";

    [Range(0, 600, ErrorMessage = "Minutes must be between 0 and 600.")]
    public int Minutes { get; set; }

    public string? Body { get; set; }

    public string? VideoUrl { get; set; }

    public string? CaptionsUrl { get; set; }

    public string? Transcript { get; set; }

    public string? ResourceUrl { get; set; }

    /// <summary>Set when the editor asked for a preview: the body as learners will see it.</summary>
    public string? PreviewHtml { get; set; }

    /// <summary>The player for a previewed video (YouTube or Vimeo), or null: an uploaded file plays in a <c>video</c> element.</summary>
    public string? PreviewPlayerUrl { get; set; }

    /// <summary>Set for a lesson not created yet: the module (from 0) it will be added to when the form is saved.</summary>
    public int? NewInModule { get; set; }

    /// <summary>The site's uploaded files an editor may pick from (the media library), by kind; empty when the Media module is off.</summary>
    public IReadOnlyList<InnovationAcademy.Core.Media.MediaItem> Media { get; set; } = [];

    /// <summary>The chosen video's length, read from the uploaded file: the lesson's minutes follow it.</summary>
    public TimeSpan? VideoLength { get; set; }

    public string CourseSlug { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    public Guid Key { get; set; }
}

/// <summary>The confirmation before publishing: a first publication, or the changes learners will see.</summary>
internal sealed class PublishViewModel
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>The version learners see now; null before the first publication.</summary>
    public int? PublishedNumber { get; init; }

    public required int LatestNumber { get; init; }

    /// <summary>The notes of the versions saved since the published one, oldest first.</summary>
    public required IReadOnlyList<string> Changes { get; init; }

    /// <summary>What looks unfinished (no hours, empty modules): shown before the button.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
