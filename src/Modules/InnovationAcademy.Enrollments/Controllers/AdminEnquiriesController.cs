using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>The course teams' inbox of questions: open ones first, oldest first.</summary>
[Admin]
[Route("admin/enquiries")]
internal sealed class AdminEnquiriesController(EnquiryService enquiries, IStringLocalizer<AdminEnquiriesController> T) : Controller
{
    [HttpGet("", Name = "Enrollments.AdminEnquiries.Index")]
    [RequirePermission(nameof(Permissions.AnswerEnquiries))]
    public async Task<IActionResult> Index(string? status, string? course, int? page)
    {
        var answered = status == "answered";
        return View(new EnquiryInboxViewModel
        {
            Answered = answered,
            Course = course,
            Enquiries = await enquiries.ListAsync(answered, course, page, HttpContext.RequestAborted),
            OpenCount = await enquiries.CountOpenAsync(HttpContext.RequestAborted),
        });
    }

    [HttpGet("{id:int}", Name = "Enrollments.AdminEnquiries.Answer")]
    [RequirePermission(nameof(Permissions.AnswerEnquiries))]
    public async Task<IActionResult> Answer(int id)
    {
        var enquiry = await enquiries.GetAsync(id, HttpContext.RequestAborted);
        return enquiry is null ? NotFound() : View(new AnswerViewModel { Enquiry = enquiry });
    }

    [HttpPost("{id:int}", Name = "Enrollments.AdminEnquiries.Answer")]
    [RequirePermission(nameof(Permissions.AnswerEnquiries))]
    public async Task<IActionResult> Answer(int id, AnswerViewModel form)
    {
        var enquiry = await enquiries.GetAsync(id, HttpContext.RequestAborted);
        if (enquiry is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            form.Enquiry = enquiry;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        TempData["Message"] = await enquiries.AnswerAsync(id, form.Answer, User.Identity!.Name!, HttpContext.RequestAborted)
            ? T["Answer sent to {0}.", enquiry.Enquiry.Email].Value
            : T["This question was already answered."].Value;
        return RedirectToRoute("Enrollments.AdminEnquiries.Index");
    }
}
