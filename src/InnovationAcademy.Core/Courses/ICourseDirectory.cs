namespace InnovationAcademy.Core.Courses;

/// <summary>A course as other modules name it: its current title (the published one, else the draft's).</summary>
public sealed record CourseRef(int Id, string Slug, string Title, bool Published);

/// <summary>A lesson of an outline: what progress, quizzes and the lesson page's other parts need of it.</summary>
public sealed record LessonOutline(Guid Key, string Title, LessonKind Kind, int Minutes);

/// <summary>A module of an outline, in its place.</summary>
public sealed record ModuleOutline(Guid Key, int Position, string Title, IReadOnlyList<LessonOutline> Lessons);

/// <summary>
/// One version of a course as other modules see it: read-only, shared between requests, never an entity.
/// Keys (not ids) name modules and lessons, because they survive republishing.
/// </summary>
public sealed record CourseOutline(
    int CourseId, int VersionId, string Slug, string Title, string Language, decimal Hours, bool Published,
    IReadOnlyList<ModuleOutline> Modules)
{
    public IEnumerable<LessonOutline> Lessons => Modules.SelectMany(m => m.Lessons);

    public CourseRef Ref => new(CourseId, Slug, Title, Published);
}

/// <summary>
/// The courses of the site, as other modules see them (the Courses module keeps the versions and their
/// content). Lists ask for many courses at once, so that a page of rows costs one query.
/// </summary>
public interface ICourseDirectory
{
    /// <summary>The published version's outline, kept in memory until the course changes.</summary>
    Task<CourseOutline?> PublishedAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The published version's outline by the course's id, kept in memory as by its address.</summary>
    Task<CourseOutline?> PublishedAsync(int courseId, CancellationToken cancellationToken = default);

    /// <summary>The published outlines of these courses that have one, by course id (the missing ones in one query).</summary>
    Task<IReadOnlyDictionary<int, CourseOutline>> PublishedManyAsync(IEnumerable<int> courseIds, CancellationToken cancellationToken = default);

    /// <summary>The outline learners see, else (never published) the draft's: for certificates and administration.</summary>
    Task<CourseOutline?> CurrentAsync(int courseId, CancellationToken cancellationToken = default);

    /// <summary>The newest version's outline, the one editors work on (published or not): for authoring pages.</summary>
    Task<CourseOutline?> LatestAsync(int courseId, CancellationToken cancellationToken = default);

    /// <summary>The course with this address, published or not.</summary>
    Task<CourseRef?> FindAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The courses with these ids that exist, by id.</summary>
    Task<IReadOnlyDictionary<int, CourseRef>> FindManyAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default);

    /// <summary>Every course, by title, for administrators' lists.</summary>
    Task<IReadOnlyList<CourseRef>> AllAsync(CancellationToken cancellationToken = default);
}
