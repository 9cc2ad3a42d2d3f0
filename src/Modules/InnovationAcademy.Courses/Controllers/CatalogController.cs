using InnovationAcademy.Courses.Services;
using InnovationAcademy.Courses.ViewModels;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Courses.Controllers;

/// <summary>
/// The public side: the catalog, a course's page and its lessons. Drafts are never shown here. Anonymous
/// visitors get these pages from the output cache until a course changes.
/// </summary>
internal sealed class CatalogController(CourseCatalog catalog, CourseDisplay display, IStringLocalizer<CatalogController> T) : Controller
{
    [HttpGet("/courses", Name = "Courses.Catalog.Index")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [CoursePageCache.Tag])]
    public async Task<IActionResult> Index(string? q, string? topic, string? language, int? page)
    {
        var courses = await catalog.SearchAsync(q, topic, language, page, HttpContext.RequestAborted);
        var (topics, languages) = await catalog.FacetsAsync(HttpContext.RequestAborted);
        return View(new CatalogViewModel { Query = q, Topic = topic, Language = language, Courses = courses, Topics = topics, Languages = languages });
    }

    [HttpGet("/courses/{slug}", Name = "Courses.Catalog.Course")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [CoursePageCache.Tag])]
    public async Task<IActionResult> Course(string slug)
    {
        var course = await catalog.GetPublishedAsync(slug, HttpContext.RequestAborted);
        return course is null ? NotFound() : View(new CoursePageViewModel(course, await display.BuildAsync(course, null, HttpContext)));
    }

    /// <summary>
    /// "Continue" from a list of courses: to the first thing on the course's path this learner has not done (a lesson,
    /// a quiz, the assignment), or the certificate once all is done; the course's page for those who may not open it.
    /// </summary>
    [HttpGet("/courses/{slug}/continue", Name = "Courses.Catalog.Continue")]
    public async Task<IActionResult> Continue(string slug)
    {
        var course = await catalog.GetPublishedAsync(slug, HttpContext.RequestAborted);
        if (course is null)
        {
            return NotFound();
        }

        if (!await display.CanOpenLessonsAsync(course, HttpContext))
        {
            return User.Identity?.IsAuthenticated == true ? RedirectToRoute("Courses.Catalog.Course", new { slug }) : Challenge();
        }

        var context = await display.BuildAsync(course, null, HttpContext);
        return context.ContinueAt() is { } next ? LocalRedirect(next.Url) : RedirectToRoute("Courses.Catalog.Course", new { slug });
    }

    /// <summary>A lesson, for those the access handlers let in (enrolled learners when enrolments are on).</summary>
    [HttpGet("/courses/{slug}/lessons/{lessonId:guid}", Name = "Courses.Catalog.Lesson")]
    public async Task<IActionResult> Lesson(string slug, Guid lessonId)
    {
        var course = await catalog.GetPublishedAsync(slug, HttpContext.RequestAborted);
        var lessons = course?.Modules.SelectMany(m => m.Lessons).ToList() ?? [];
        var index = lessons.FindIndex(l => l.Key == lessonId);
        if (course is null || index < 0)
        {
            return NotFound();
        }

        if (!await display.CanOpenLessonsAsync(course, HttpContext))
        {
            if (User.Identity?.IsAuthenticated != true)
            {
                return Challenge();
            }

            TempData["Message"] = T["Enrol in this course to open its lessons."].Value;
            return RedirectToRoute("Courses.Catalog.Course", new { slug });
        }

        var context = await display.BuildAsync(course, lessons[index], HttpContext);
        return View(new LessonViewModel(course, lessons[index], context));
    }
}
