using System.Text.RegularExpressions;
using InnovationAcademy.Courses.Models;

namespace InnovationAcademy.Courses.Services;

/// <summary>Checks a course definition; each error names the course, module and lesson at fault (1-based).</summary>
public static partial class CourseValidator
{
    public static IReadOnlyList<string> Validate(CourseDefinition course)
    {
        var errors = new List<string>();
        var where = $"course '{course.Slug}'";
        if (!SlugPattern().IsMatch(course.Slug))
        {
            errors.Add($"{where}: the slug must be 1 to 100 lowercase letters, digits and single hyphens.");
        }

        if (string.IsNullOrWhiteSpace(course.Title) || course.Title.Length > 200)
        {
            errors.Add($"{where}: the title must have 1 to 200 characters.");
        }

        if (course.Summary.Length > 2000)
        {
            errors.Add($"{where}: the summary is longer than 2000 characters.");
        }

        if (!LanguagePattern().IsMatch(course.Language))
        {
            errors.Add($"{where}: the language must be a code such as 'es' or 'en'.");
        }

        if (course.Hours is < 0 or > 1000)
        {
            errors.Add($"{where}: hours must be between 0 and 1000.");
        }

        if (course.Topics.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 60))
        {
            errors.Add($"{where}: every topic needs 1 to 60 characters.");
        }

        for (var m = 0; m < course.Modules.Count; m++)
        {
            var module = course.Modules[m];
            var moduleWhere = $"{where}, module {m + 1}";
            if (string.IsNullOrWhiteSpace(module.Title) || module.Title.Length > 200)
            {
                errors.Add($"{moduleWhere}: the title must have 1 to 200 characters.");
            }

            for (var l = 0; l < module.Lessons.Count; l++)
            {
                errors.AddRange(ValidateLesson(module.Lessons[l], $"{moduleWhere}, lesson {l + 1}"));
            }
        }

        return errors;
    }

    public static LessonKind? ParseKind(string kind) => kind.ToLowerInvariant() switch
    {
        "reading" => LessonKind.Reading,
        "video" => LessonKind.Video,
        "resource" => LessonKind.Resource,
        _ => null,
    };

    private static IEnumerable<string> ValidateLesson(LessonDefinition lesson, string where)
    {
        if (string.IsNullOrWhiteSpace(lesson.Title) || lesson.Title.Length > 200)
        {
            yield return $"{where}: the title must have 1 to 200 characters.";
        }

        if (lesson.Minutes is < 0 or > 600)
        {
            yield return $"{where}: minutes must be between 0 and 600.";
        }

        switch (ParseKind(lesson.Kind))
        {
            case null:
                yield return $"{where}: kind '{lesson.Kind}' is not reading, video or resource.";
                break;
            case LessonKind.Video:
                if (VideoEmbed.PlayerUrl(lesson.VideoUrl) is null && !IsLocalMedia(lesson.VideoUrl))
                {
                    yield return $"{where}: the video must be a YouTube or Vimeo link, or an uploaded file.";
                }

                if (string.IsNullOrWhiteSpace(lesson.Transcript))
                {
                    yield return $"{where}: a video lesson needs a transcript.";
                }

                if (lesson.CaptionsUrl is { Length: > 0 } captions && !IsLocalMedia(captions) && !IsWebUrl(captions))
                {
                    yield return $"{where}: the captions must be a WebVTT file address.";
                }

                break;
            case LessonKind.Resource:
                if (!IsWebUrl(lesson.ResourceUrl) && !IsLocalMedia(lesson.ResourceUrl))
                {
                    yield return $"{where}: a resource needs an http(s) link or an uploaded file.";
                }

                break;
        }
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsLocalMedia(string? url) => url is not null && url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex("^(?=.{1,100}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex LanguagePattern();
}
