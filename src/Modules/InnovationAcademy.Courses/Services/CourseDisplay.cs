using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Courses.Models;
using Microsoft.AspNetCore.Http;

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
/// What the course and lesson pages show for the person looking at them, gathered from every module that
/// cares (enrolments, quizzes…): the same idea as Orchard Core's display drivers, kept small.
/// </summary>
public sealed class CourseDisplayContext(CourseOutline course, LessonOutline? lesson, HttpContext httpContext)
{
    private readonly List<DisplayPart> parts = [];

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
        var context = new CourseDisplayContext(course, lesson is null ? null : course.Lessons.First(l => l.Key == lesson.Key), httpContext);
        foreach (var handler in await enabled.FilterAsync(displayHandlers, httpContext.RequestAborted))
        {
            await handler.BuildAsync(context, httpContext.RequestAborted);
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
