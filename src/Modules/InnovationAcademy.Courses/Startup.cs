using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Courses.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Courses;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CoursesModelContributor>();
        services.AddScoped<CourseStore>();
        services.AddScoped<CourseCatalog>();
        services.AddScoped<CourseDirectory>();
        services.AddScoped<ICourseDirectory>(sp => sp.GetRequiredService<CourseDirectory>());
        services.AddScoped<CourseLookup>();
        services.AddScoped<CourseDisplay>();
        services.AddScoped<CourseEditor>();
        services.AddScoped<CourseOutlineEditor>();
        services.AddScoped<CoursePageCache>();
        services.AddScoped<IRecipeEventHandler>(sp => sp.GetRequiredService<CoursePageCache>());
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, MainMenu>();
        services.AddScoped<IHomeSection, CoursesHomeSection>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, CoursesStep>();
        services.AddScoped<IRecipeExportSource, CoursesStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        // Anonymous callers get the list and outlines from the output cache until a course changes, as the pages.
        var cached = new OutputCacheAttribute { PolicyName = PublicPageCachePolicy.Name, Tags = [CoursePageCache.Tag] };
        routes.MapGet("/api/courses", ListAsync).WithMetadata(cached);
        routes.MapGet("/api/courses/{slug}", OutlineAsync).WithMetadata(cached);
        routes.MapGet("/api/courses/{slug}/lessons/{lessonId:guid}", LessonAsync);
    }

    /// <summary>A lesson's content, for those allowed to open it: 401 anonymous, 403 not enrolled.</summary>
    private static async Task<IResult> LessonAsync(CourseCatalog catalog, CourseDisplay display, string slug, Guid lessonId, HttpContext context)
    {
        var course = await catalog.GetPublishedAsync(slug, context.RequestAborted);
        var lesson = course?.Modules.SelectMany(m => m.Lessons).FirstOrDefault(l => l.Key == lessonId);
        if (course is null || lesson is null)
        {
            return Results.NotFound();
        }

        if (!await display.CanOpenLessonsAsync(course, context))
        {
            return context.User.Identity?.IsAuthenticated == true ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.Unauthorized();
        }

        return Results.Ok(new
        {
            id = lesson.Key,
            lesson.Title,
            kind = lesson.Kind.ToString().ToLowerInvariant(),
            lesson.Minutes,
            html = lesson.BodyHtml,
            // Only the addresses of the lesson's own kind, and only safe ones (a value stored before the check is left out).
            videoUrl = lesson.Kind == LessonKind.Video ? lesson.VideoUrl : null,
            captionsUrl = lesson.Kind == LessonKind.Video && WebLinks.IsWebOrSitePath(lesson.CaptionsUrl) ? lesson.CaptionsUrl : null,
            lesson.Transcript,
            resourceUrl = lesson.Kind == LessonKind.Resource && WebLinks.IsWebOrSitePath(lesson.ResourceUrl) ? lesson.ResourceUrl : null,
        });
    }

    /// <summary>Published courses, one page at a time (<c>?page=</c>, <c>?q=</c>, <c>?topic=</c>, <c>?language=</c>).</summary>
    private static async Task<IResult> ListAsync(CourseCatalog catalog, string? q, string? topic, string? language, int? page, HttpContext context)
    {
        var result = await catalog.SearchAsync(q, topic, language, page, context.RequestAborted);
        return Results.Ok(new
        {
            page = result.PageNumber,
            pageCount = result.PageCount,
            total = result.TotalCount,
            courses = result.Items.Select(c => new { c.Slug, c.Title, c.Language, c.Hours, c.ModuleCount, c.LessonCount, c.Topics }),
        });
    }

    /// <summary>A published course's outline; drafts answer 404.</summary>
    private static async Task<IResult> OutlineAsync(CourseCatalog catalog, string slug, HttpContext context)
    {
        var course = await catalog.GetPublishedAsync(slug, context.RequestAborted);
        return course is null ? Results.NotFound() : Results.Ok(new
        {
            slug = course.Course.Slug,
            course.Title,
            course.Summary,
            course.Language,
            course.Hours,
            course.Topics,
            course.Level,
            modules = course.Modules.Select(m => new
            {
                m.Title,
                lessons = m.Lessons.Select(l => new { id = l.Key, l.Title, kind = l.Kind.ToString().ToLowerInvariant(), l.Minutes }),
            }),
        });
    }
}
