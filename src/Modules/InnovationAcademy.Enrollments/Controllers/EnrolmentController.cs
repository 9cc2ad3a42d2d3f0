using System.Security.Claims;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>A learner joins or leaves a course from its page.</summary>
[Authorize]
[Route("courses/{slug}")]
internal sealed class EnrolmentController(
    CourseLookup courses,
    EnrollmentService enrollments,
    IStringLocalizer<EnrolmentController> T) : Controller
{
    /// <summary>The enrolment form on a page of its own: for a course with a key, and for a wrong key.</summary>
    [HttpGet("enrol", Name = "Enrollments.Enrolment.Enrol")]
    public async Task<IActionResult> Enrol(string slug)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        return course is not { Published: true } ? NotFound() : View(new EnrolFormModel { Slug = slug, CourseTitle = course.Title });
    }

    [HttpPost("enrol", Name = "Enrollments.Enrolment.Enrol")]
    public async Task<IActionResult> Enrol(string slug, EnrolFormModel form)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        if (course is not { Published: true })
        {
            return NotFound();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = await enrollments.EnrolSelfAsync(course, userId, form.Key, HttpContext.RequestAborted);
        if (result == EnrollResult.WrongKey)
        {
            ModelState.AddModelError(nameof(form.Key), string.IsNullOrWhiteSpace(form.Key)
                ? T["Type the enrolment key your course team gave you."]
                : T["That enrolment key is not right. Check it with your course team."]);
            form.Slug = slug;
            form.CourseTitle = course.Title;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        TempData["Message"] = result switch
        {
            EnrollResult.Enrolled => T["You are enrolled. Welcome to the course!"].Value,
            EnrollResult.Requested => T["Your request was sent. We will e-mail you when the course team has answered."].Value,
            EnrollResult.Waitlisted => T["The course is full, so you are on its waiting list. We will e-mail you when a place frees."].Value,
            EnrollResult.AlreadyIn => T["You are already enrolled in this course."].Value,
            EnrollResult.NotOpenYet => T["Enrolment has not opened yet."].Value,
            EnrollResult.Closed => T["Enrolment in this course has closed."].Value,
            EnrollResult.AdministratorsOnly => T["Only the course team enrols learners in this course. Ask them from this page."].Value,
            EnrollResult.WithdrawnByAdministrator => T["The course team took you out of this course. Ask them from this page if you want to come back."].Value,
            _ => T["You cannot enrol in this course."].Value,
        };
        return RedirectToRoute("Courses.Catalog.Course", new { slug });
    }

    [HttpGet("leave", Name = "Enrollments.Enrolment.Leave")]
    public async Task<IActionResult> Leave(string slug)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        var enrollment = course is null ? null : await enrollments.FindAsync(course.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        return enrollment is null ? NotFound() : View(new LeaveModel(slug, course!.Title, enrollment.ProgressPercent));
    }

    [HttpPost("leave", Name = "Enrollments.Enrolment.LeaveConfirmed")]
    [ActionName("Leave")]
    public async Task<IActionResult> LeaveConfirmed(string slug)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        var enrollment = course is null ? null : await enrollments.FindAsync(course.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        if (enrollment is null)
        {
            return NotFound();
        }

        TempData["Message"] = await enrollments.LeaveAsync(enrollment.Id, course!, HttpContext.RequestAborted)
            ? T["You left the course. Your progress is kept if you come back."].Value
            : T["You are not enrolled in this course."].Value;
        return RedirectToRoute("Enrollments.MyCourses.Index");
    }
}
