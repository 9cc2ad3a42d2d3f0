using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Courses.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Courses.Services;

/// <summary>The places on the course and lesson pages where other modules add their parts.</summary>
public static class CourseZones
{
    /// <summary>Right under the course's facts: what completing it earns (a certificate).</summary>
    public const string CourseFacts = "CourseFacts";

    /// <summary>Under the course's facts: enrol, continue, leave, ask a question.</summary>
    public const string CourseActions = "CourseActions";

    /// <summary>Under a lesson's body: mark as done, progress.</summary>
    public const string LessonActions = "LessonActions";

    /// <summary>After the last module of the outline: the final assignment.</summary>
    public const string OutlineEnd = "OutlineEnd";
}

/// <summary>A partial view another module renders in a zone, with its model.</summary>
public sealed record DisplayPart(string Zone, string View, object? Model, int Order);

/// <summary>
/// A stop on the course's path besides its lessons, added by the module that owns it: a module's quiz (with the
/// module's key), the final assignment or the certificate (without). <paramref name="Done"/> is for this viewer.
/// </summary>
public sealed record CourseStep(Guid? ModuleKey, string Title, string Url, bool Done, int Order = 0, CourseStepKind Kind = CourseStepKind.Other);

/// <summary>What a step is, so that the course page can say what its hours are made of.</summary>
public enum CourseStepKind
{
    Other,
    Quiz,
    Assignment,
    Certificate,
}

/// <summary>One item of the course's path in reading order: a lesson or a <see cref="CourseStep"/>.</summary>
public sealed record PathItem(string Title, string Url, bool Done, Guid? LessonKey);

/// <summary>
/// What the course and lesson pages show for the person looking at them, gathered from every module that
/// cares (enrolments, quizzes…): the same idea as Orchard Core's display drivers, kept small.
/// </summary>
public sealed class CourseDisplayContext(CourseOutline course, LessonOutline? lesson, HttpContext httpContext)
{
    private readonly List<DisplayPart> parts = [];
    private readonly List<CourseStep> steps = [];
    private IReadOnlyList<PathItem>? path;

    public CourseOutline Course { get; } = course;

    /// <summary>The lesson being shown, or null on the course page.</summary>
    public LessonOutline? Lesson { get; } = lesson;

    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>Lessons the viewer has completed, ticked in the outline.</summary>
    public HashSet<Guid> CompletedLessons { get; } = [];

    public void Add(string zone, string view, object? model, int order = 0) => parts.Add(new DisplayPart(zone, view, model, order));

    /// <summary>Adds a part under a module of the outline (its quiz), wherever the outline shows.</summary>
    public void AddToModule(Guid moduleKey, string view, object? model, int order = 0) => Add(ModuleZone(moduleKey), view, model, order);

    public IEnumerable<DisplayPart> ModuleParts(Guid moduleKey) => Zone(ModuleZone(moduleKey));

    public IEnumerable<DisplayPart> Zone(string zone) => parts.Where(p => p.Zone == zone).OrderBy(p => p.Order);

    /// <summary>Adds a stop to the course's path, so that previous/next and "Continue" walk through it.</summary>
    public void AddStep(CourseStep step)
    {
        steps.Add(step);
        path = null;
    }

    /// <summary>The steps other modules added (quizzes, the assignment, the certificate), in no particular order.</summary>
    public IReadOnlyList<CourseStep> Steps => steps;

    /// <summary>
    /// Every item in the order a learner meets them: each module's lessons then its quiz, then the final assignment
    /// and the certificate. Built when asked (after every module has added its steps).
    /// </summary>
    public IReadOnlyList<PathItem> Path() => path ??= BuildPath();

    private List<PathItem> BuildPath()
    {
        var links = HttpContext.RequestServices.GetRequiredService<LinkGenerator>();
        var items = new List<PathItem>();
        foreach (var module in Course.Modules)
        {
            items.AddRange(module.Lessons.Select(l => new PathItem(
                l.Title, links.GetPathByName(HttpContext, "Courses.Catalog.Lesson", new { slug = Course.Slug, lessonId = l.Key }) ?? "", CompletedLessons.Contains(l.Key), l.Key)));
            items.AddRange(steps.Where(s => s.ModuleKey == module.Key).OrderBy(s => s.Order).Select(s => new PathItem(s.Title, s.Url, s.Done, null)));
        }

        items.AddRange(steps.Where(s => s.ModuleKey is null || Course.Modules.All(m => m.Key != s.ModuleKey)).OrderBy(s => s.Order).Select(s => new PathItem(s.Title, s.Url, s.Done, null)));
        return items;
    }

    /// <summary>Where "Continue" leads: the first item not done, else the last item (the certificate, when there is one).</summary>
    public PathItem? ContinueAt()
    {
        var items = Path();
        return items.FirstOrDefault(i => !i.Done) ?? (items.Count > 0 ? items[^1] : null);
    }

    /// <summary>The items before and after a lesson.</summary>
    public (PathItem? Previous, PathItem? Next) Around(Guid lessonKey) =>
        Path().FirstOrDefault(i => i.LessonKey == lessonKey) is { } lesson ? Around(lesson.Url) : (null, null);

    /// <summary>The items before and after the one at <paramref name="url"/> (a lesson's, a quiz's, the assignment's).</summary>
    public (PathItem? Previous, PathItem? Next) Around(string url)
    {
        var items = Path();
        var index = -1;
        for (var i = 0; i < items.Count && index < 0; i++)
        {
            index = string.Equals(items[i].Url, url, StringComparison.OrdinalIgnoreCase) ? i : -1;
        }

        return index < 0 ? (null, null) : (index > 0 ? items[index - 1] : null, index < items.Count - 1 ? items[index + 1] : null);
    }

    private static string ModuleZone(Guid moduleKey) => "Module:" + moduleKey.ToString("N");
}

/// <summary>Adds a module's parts to the course and lesson pages.</summary>
public interface ICourseDisplayHandler
{
    Task BuildAsync(CourseDisplayContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Decides who may open a course's lessons. Every handler must agree; with none (enrolments disabled)
/// lessons are open to all, like a public reader.
/// </summary>
public interface ILessonAccessHandler
{
    Task<bool> CanOpenLessonsAsync(CourseOutline course, HttpContext httpContext, CancellationToken cancellationToken);
}

/// <summary>Runs the display and access handlers of every module for one page.</summary>
public sealed class CourseDisplay(
    IEnumerable<ICourseDisplayHandler> displayHandlers, IEnumerable<ILessonAccessHandler> accessHandlers, IEnabledExtensions enabled, CourseDirectory directory)
{
    internal async Task<CourseDisplayContext> BuildAsync(CourseVersion version, Lesson? lesson, HttpContext httpContext)
    {
        var course = await OutlineAsync(version, httpContext.RequestAborted);
        return await RunHandlersAsync(new CourseDisplayContext(course, lesson is null ? null : course.Lessons.First(l => l.Key == lesson.Key), httpContext));
    }

    /// <summary>
    /// The course as every module shows it to this viewer, for pages outside the course and lesson pages (a quiz, the
    /// assignment) that walk the course's path too.
    /// </summary>
    public async Task<CourseDisplayContext> ForCourseAsync(CourseOutline course, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(httpContext);
        return await RunHandlersAsync(new CourseDisplayContext(course, null, httpContext));
    }

    private async Task<CourseDisplayContext> RunHandlersAsync(CourseDisplayContext context)
    {
        var cancellation = context.HttpContext.RequestAborted;
        foreach (var handler in await enabled.FilterAsync(displayHandlers, cancellation))
        {
            await handler.BuildAsync(context, cancellation);
        }

        return context;
    }

    internal async Task<bool> CanOpenLessonsAsync(CourseVersion version, HttpContext httpContext) =>
        await CanOpenLessonsAsync(await OutlineAsync(version, httpContext.RequestAborted), httpContext);

    /// <summary>Whether every enabled access handler lets the viewer open the course's lessons (and its quizzes, its assignment).</summary>
    public async Task<bool> CanOpenLessonsAsync(CourseOutline course, HttpContext httpContext)
    {
        foreach (var handler in await enabled.FilterAsync(accessHandlers, httpContext.RequestAborted))
        {
            if (!await handler.CanOpenLessonsAsync(course, httpContext, httpContext.RequestAborted))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Handlers see the outline, never the entity: the cached one when the version is the published one.</summary>
    private async Task<CourseOutline> OutlineAsync(CourseVersion version, CancellationToken cancellationToken) =>
        version.Published && await directory.PublishedAsync(version.Course.Slug, cancellationToken) is { } published && published.VersionId == version.Id
            ? published
            : CourseDirectory.OutlineOf(version);
}
