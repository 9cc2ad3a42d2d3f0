using InnovationAcademy.Core.Courses;
using System.Text.RegularExpressions;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// One thing wrong with a course: where (course, module and lesson, 1-based), which field, and why.
/// Recipes report <see cref="Where"/>; forms put <see cref="Message"/> at <see cref="Field"/> of the part that
/// <see cref="Module"/> and <see cref="Lesson"/> name (both null: the course's own details).
/// </summary>
internal sealed record CourseError(string Where, string Field, string Message)
{
    /// <summary>The module, 1-based, or null for the course's details.</summary>
    public int? Module { get; init; }

    /// <summary>The lesson within <see cref="Module"/>, 1-based, or null for the module itself.</summary>
    public int? Lesson { get; init; }

    /// <summary>The lesson's key when it has one (lessons from the editor always do).</summary>
    public Guid? LessonKey { get; init; }

    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>Checks a course definition before it is saved.</summary>
internal static partial class CourseValidator
{
    /// <param name="allowExternalImages">The site's setting: off, a cover must be an image of the site's media.</param>
    public static IReadOnlyList<CourseError> Validate(CourseDefinition course, bool allowExternalImages)
    {
        var errors = new List<CourseError>();
        var where = $"course '{course.Slug}'";
        if (!SlugPattern().IsMatch(course.Slug))
        {
            errors.Add(new(where, "Slug", "The slug must be 1 to 100 lowercase letters, digits and single hyphens."));
        }
        else if (CourseSlugs.Reserved.Contains(course.Slug))
        {
            errors.Add(new(where, "Slug", "This address is a word the administration uses: choose another."));
        }

        if (string.IsNullOrWhiteSpace(course.Title) || course.Title.Length > 200)
        {
            errors.Add(new(where, "Title", "The title must have 1 to 200 characters."));
        }

        if (course.Summary.Length > 2000)
        {
            errors.Add(new(where, "Summary", "The summary is longer than 2000 characters."));
        }

        if (!LanguagePattern().IsMatch(course.Language))
        {
            errors.Add(new(where, "Language", "The language must be a code such as 'es' or 'en'."));
        }

        if (course.Hours is < 0 or > 1000)
        {
            errors.Add(new(where, "Hours", "Hours must be between 0 and 1000."));
        }

        if (course.CoverImageUrl is { } cover && (cover.Length > 500 || !WebLinks.IsAllowedImage(cover, allowExternalImages)))
        {
            errors.Add(new(where, "CoverImageUrl", allowExternalImages
                ? "The cover image must be an uploaded image (/media/…) or an https address."
                : "The cover must be an image uploaded in Media (/media/….jpg, .png or .webp): images from other sites are off in the site's settings."));
        }

        if (course.Topics.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 60))
        {
            errors.Add(new(where, "Topics", "Every topic needs 1 to 60 characters."));
        }

        for (var m = 0; m < course.Modules.Count; m++)
        {
            var module = course.Modules[m];
            var moduleWhere = $"{where}, module {m + 1}";
            if (string.IsNullOrWhiteSpace(module.Title) || module.Title.Length > 200)
            {
                errors.Add(new(moduleWhere, "Title", "The title must have 1 to 200 characters.") { Module = m + 1 });
            }

            for (var l = 0; l < module.Lessons.Count; l++)
            {
                var (moduleNumber, lessonNumber, key) = (m + 1, l + 1, module.Lessons[l].Key);
                errors.AddRange(ValidateLesson(module.Lessons[l], $"{moduleWhere}, lesson {l + 1}")
                    .Select(e => e with { Module = moduleNumber, Lesson = lessonNumber, LessonKey = key }));
            }
        }

        return errors;
    }

    /// <summary>The longest lesson text or transcript, in characters (a long chapter is about 60,000).</summary>
    public const int MaxTextLength = 100_000;

    public static LessonKind? ParseKind(string kind) => kind.ToLowerInvariant() switch
    {
        "reading" => LessonKind.Reading,
        "video" => LessonKind.Video,
        "resource" => LessonKind.Resource,
        _ => null,
    };

    private static IEnumerable<CourseError> ValidateLesson(LessonDefinition lesson, string where)
    {
        if (string.IsNullOrWhiteSpace(lesson.Title) || lesson.Title.Length > 200)
        {
            yield return new(where, "Title", "The title must have 1 to 200 characters.");
        }

        if (lesson.Minutes is < 0 or > 600)
        {
            yield return new(where, "Minutes", "Minutes must be between 0 and 600.");
        }

        // Every published version keeps its own copy of the text: a bound keeps versions and pages a sensible size.
        if (lesson.Body?.Length > MaxTextLength)
        {
            yield return new(where, "Body", "The text is longer than 100,000 characters: split it into several lessons.");
        }

        if (lesson.Transcript?.Length > MaxTextLength)
        {
            yield return new(where, "Transcript", "The transcript is longer than 100,000 characters.");
        }

        switch (ParseKind(lesson.Kind))
        {
            case null:
                yield return new(where, "Kind", "The kind must be reading, video or resource.");
                break;
            case LessonKind.Video:
                if (VideoEmbed.PlayerUrl(lesson.VideoUrl) is null && !WebLinks.IsSiteMedia(lesson.VideoUrl))
                {
                    yield return new(where, "VideoUrl", "The video must be a YouTube or Vimeo link, or an uploaded file.");
                }

                if (string.IsNullOrWhiteSpace(lesson.Transcript))
                {
                    yield return new(where, "Transcript", "A video lesson needs a transcript.");
                }

                if (lesson.CaptionsUrl is { Length: > 0 } captions && !WebLinks.IsWebOrSitePath(captions))
                {
                    yield return new(where, "CaptionsUrl", "The captions must be a WebVTT file address.");
                }

                break;
            case LessonKind.Resource:
                if (!WebLinks.IsWebOrSitePath(lesson.ResourceUrl))
                {
                    yield return new(where, "ResourceUrl", "A resource needs an http(s) link or an uploaded file.");
                }

                break;
        }

        // Whatever the kind: an address kept with a lesson is served by the lesson API, so it is checked too.
        if (ParseKind(lesson.Kind) is not LessonKind.Resource && lesson.ResourceUrl is { Length: > 0 } resource && !WebLinks.IsWebOrSitePath(resource))
        {
            yield return new(where, "ResourceUrl", "A resource needs an http(s) link or an uploaded file.");
        }

        if (ParseKind(lesson.Kind) is not LessonKind.Video && lesson.VideoUrl is { Length: > 0 } video && VideoEmbed.PlayerUrl(video) is null && !WebLinks.IsSiteMedia(video))
        {
            yield return new(where, "VideoUrl", "The video must be a YouTube or Vimeo link, or an uploaded file.");
        }
    }

    [GeneratedRegex(@"^(?=.{1,100}\z)[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z]{2,4})?\z")]
    private static partial Regex LanguagePattern();
}
