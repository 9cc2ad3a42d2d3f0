using System.Security.Claims;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>The learner's own courses and progress.</summary>
[Authorize]
internal sealed class MyCoursesController(
    MyCourses myCourses,
    CourseGrades grades,
    CourseLookup courses,
    EnrollmentService enrollments,
    ProgressTracker progress,
    IStringLocalizer<MyCoursesController> T) : Controller
{
    [HttpGet("/my/courses", Name = "Enrollments.MyCourses.Index")]
    public async Task<IActionResult> Index() =>
        View(await myCourses.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted));

    /// <summary>The learner's grades in a course: every quiz and the assignment, rubric levels, feedback, and what is left.</summary>
    [HttpGet("/my/courses/{slug}/grades", Name = "Enrollments.MyCourses.Grades")]
    public async Task<IActionResult> Grades(string slug) =>
        await grades.ForAsync(slug, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted) is { } mine
            ? View(mine)
            : NotFound();

    /// <summary>
    /// "Mark as done", and the video player at 90% watched. A form post answers with the lesson again; the
    /// script asks for JSON and moves the progress bar in place.
    /// </summary>
    [HttpPost("/my/courses/{slug}/lessons/{lessonKey:guid}/complete", Name = "Enrollments.MyCourses.CompleteLesson")]
    public async Task<IActionResult> CompleteLesson(string slug, Guid lessonKey, string? via)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        var enrollment = course is null ? null : await enrollments.FindAsync(course.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        if (enrollment is not { IsActive: true })
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var done = await progress.CompleteLessonAsync(enrollment.Id, lessonKey, via == "video" ? "video" : "button", HttpContext.RequestAborted);
        if (!done)
        {
            return NotFound();
        }

        var percent = (await enrollments.GetAsync(enrollment.Id, HttpContext.RequestAborted))?.ProgressPercent ?? 0;
        if (Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.Ordinal) == true))
        {
            return Json(new { done = true, percent });
        }

        TempData["Message"] = percent == 100
            ? T["Lesson done. You have completed the course!"].Value
            : T["Lesson done. You are {0}% through the course.", percent].Value;
        return Redirect($"/courses/{slug}/lessons/{lessonKey}#progress");
    }
}
