namespace InnovationAcademy.Courses.Services;

/// <summary>A whole course as a recipe or an editor describes it, before it is validated and saved.</summary>
internal sealed record CourseDefinition(
    string Slug,
    string Title,
    string Summary,
    string Language,
    decimal Hours,
    IReadOnlyList<string> Topics,
    string Level,
    string Prerequisites,
    string? CoverImageUrl,
    bool Published,
    IReadOnlyList<ModuleDefinition> Modules);

internal sealed record ModuleDefinition(string Title, IReadOnlyList<LessonDefinition> Lessons, Guid? Key = null);

internal sealed record LessonDefinition(
    string Title,
    string Kind,
    string Body,
    string? VideoUrl,
    string? CaptionsUrl,
    string Transcript,
    string? ResourceUrl,
    int Minutes,
    Guid? Key);
