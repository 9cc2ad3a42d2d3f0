using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Users;
using System.Security.Claims;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Assignments.Services;
using InnovationAcademy.Assignments.ViewModels;
using InnovationAcademy.Courses.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Assignments.Controllers;

/// <summary>A learner reads the final assignment, hands in text and files, and reads the decision.</summary>
[Authorize]
[Route("courses/{slug}/assignment")]
internal sealed class AssignmentController(
    ICourseDirectory courses,
    CourseDisplay display,
    AssignmentService assignments,
    IStringLocalizer<AssignmentController> T) : Controller
{
    /// <summary>Room for the largest files an administrator may allow, three of them, and the form around them.</summary>
    private const long MaxRequestBytes = 3L * 50 * 1024 * 1024 + (1024 * 1024);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("", Name = "Assignments.Assignment.Index")]
    public async Task<IActionResult> Index(string slug)
    {
        if (await LoadAsync(slug) is not { } loaded)
        {
            return NotFound();
        }

        if (loaded.Refusal is { } refusal)
        {
            return refusal;
        }

        return View(await PageAsync(loaded.Course, loaded.Assignment, null));
    }

    [HttpPost("", Name = "Assignments.Assignment.Index")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Index(string slug, string? text, List<IFormFile>? files)
    {
        if (await LoadAsync(slug) is not { } loaded)
        {
            return NotFound();
        }

        if (loaded.Refusal is { } refusal)
        {
            return refusal;
        }

        var uploads = new List<UploadedFile>();
        foreach (var file in files ?? [])
        {
            if (file.Length == 0)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            uploads.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }

        var errors = await assignments.SubmitAsync(loaded.Assignment, UserId, text, uploads, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, T[error.Message, error.Arguments]);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await PageAsync(loaded.Course, loaded.Assignment, text));
        }

        TempData["Message"] = T["Your work was handed in. You can still change it until it is graded."].Value;
        return RedirectToRoute("Assignments.Assignment.Index", new { slug });
    }

    [HttpPost("files/{fileId:int}/delete", Name = "Assignments.Assignment.DeleteFile")]
    public async Task<IActionResult> DeleteFile(string slug, int fileId)
    {
        if (await LoadAsync(slug) is not { Refusal: null } loaded)
        {
            return NotFound();
        }

        return await assignments.RemoveFileAsync(loaded.Assignment, UserId, fileId, HttpContext.RequestAborted)
            ? RedirectToRoute("Assignments.Assignment.Index", new { slug })
            : NotFound();
    }

    /// <summary>The learner's own file, always as a download; anyone else's answers 404 as a file that does not exist.</summary>
    [HttpGet("files/{fileId:int}", Name = "Assignments.Assignment.Download")]
    public async Task<IActionResult> Download(string slug, int fileId)
    {
        if (await LoadAsync(slug) is not { Refusal: null } loaded
            || await assignments.FileAsync(loaded.Assignment, fileId, UserId, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        return File(found.Content, found.File.ContentType, found.File.OriginalName);
    }

    private async Task<AssignmentPageViewModel> PageAsync(CourseOutline course, Assignment assignment, string? text)
    {
        var submission = await assignments.MineAsync(assignment, UserId, HttpContext.RequestAborted);
        var path = await display.ForCourseAsync(course, HttpContext);
        return new AssignmentPageViewModel
        {
            Around = path.Around(Url.RouteUrl("Assignments.Assignment.Index", new { slug = course.Slug }) ?? ""),
            Slug = course.Slug,
            CourseTitle = course.Title,
            Assignment = assignment,
            Submission = submission,
            Text = text ?? submission?.Text,
            TimeZone = UserClaims.TimeZoneOf(User),
        };
    }

    private async Task<Loaded?> LoadAsync(string slug)
    {
        var course = await courses.PublishedAsync(slug, HttpContext.RequestAborted);
        var assignment = course is null ? null : await assignments.ForCourseAsync(course.CourseId, HttpContext.RequestAborted);
        if (course is null || assignment is null)
        {
            return null;
        }

        if (!await display.CanOpenLessonsAsync(course, HttpContext))
        {
            TempData["Message"] = T["Enrol in this course to hand in its assignment."].Value;
            return new Loaded(course, assignment, RedirectToRoute("Courses.Catalog.Course", new { slug }));
        }

        return new Loaded(course, assignment, null);
    }

    private sealed record Loaded(CourseOutline Course, Assignment Assignment, IActionResult? Refusal);
}
