using InnovationAcademy.Core.Users;
using System.Globalization;
using System.Security.Claims;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>Learners and visitors ask about a course; signed-in askers read the answers at /my/enquiries.</summary>
internal sealed class EnquiriesController(CourseLookup courses, EnquiryService enquiries, IStringLocalizer<EnquiriesController> T) : Controller
{
    [HttpGet("/courses/{slug}/ask", Name = "Enrollments.Enquiries.Ask")]
    public async Task<IActionResult> Ask(string slug)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        if (course is not { Published: true })
        {
            return NotFound();
        }

        var signedIn = User.Identity?.IsAuthenticated == true;
        return View(new AskViewModel
        {
            Slug = slug,
            CourseTitle = course.Title,
            SignedIn = signedIn,
            Name = signedIn ? UserClaims.DisplayNameOf(User) : "",
            Email = signedIn ? User.Identity!.Name ?? "" : "",
        });
    }

    [HttpPost("/courses/{slug}/ask", Name = "Enrollments.Enquiries.Ask")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> Ask(string slug, AskViewModel form)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        if (course is not { Published: true })
        {
            return NotFound();
        }

        var signedIn = User.Identity?.IsAuthenticated == true;
        if (signedIn)
        {
            // The account's address, never one typed in: the answer must reach the asker.
            form.Email = User.Identity!.Name ?? form.Email;
            ModelState.Remove(nameof(form.Email));
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            // A bot filled the hidden field: thank it and keep nothing.
            TempData["Message"] = T["Thank you. Your question was sent to the course team."].Value;
            return RedirectToRoute("Courses.Catalog.Course", new { slug });
        }

        if (!ModelState.IsValid)
        {
            form.Slug = slug;
            form.CourseTitle = course.Title;
            form.SignedIn = signedIn;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        var culture = SupportedCultures.IsSupported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : SupportedCultures.Spanish;
        await enquiries.AskAsync(course.Id, signedIn ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null, form.Name, form.Email, culture, form.Question, HttpContext.RequestAborted);
        TempData["Message"] = signedIn
            ? T["Thank you. Your question was sent to the course team; you will find the answer under My questions and in your e-mail."].Value
            : T["Thank you. Your question was sent to the course team; the answer will reach your e-mail."].Value;
        return RedirectToRoute("Courses.Catalog.Course", new { slug });
    }

    [Authorize]
    [HttpGet("/my/enquiries", Name = "Enrollments.Enquiries.Mine")]
    public async Task<IActionResult> Mine() =>
        View(await enquiries.MineAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted));
}
