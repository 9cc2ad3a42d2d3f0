using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>Bulk enrolment from a CSV file: upload, preview with each line's problem, confirm.</summary>
[Admin]
[Route("admin/courses/{slug}/enrollments/import")]
internal sealed class AdminEnrollmentImportController(
    EnrollmentImport import,
    IStringLocalizer<AdminEnrollmentImportController> T) : Controller
{
    [HttpGet("", Name = "Enrollments.AdminEnrollmentImport.Upload")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Upload(string slug, CourseRef course)
    {
        return View(new ImportUploadViewModel { Course = course });
    }

    [HttpPost("", Name = "Enrollments.AdminEnrollmentImport.Upload")]
    [RequestSizeLimit(ImportFileReader.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportFileReader.MaxBytes + 64 * 1024)]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Upload(string slug, CourseRef course, IFormFile? file)
    {
        string? error = file switch
        {
            null or { Length: 0 } => "Choose a CSV file to import.",
            { Length: > ImportFileReader.MaxBytes } => "The file is larger than 5 MB; split it into smaller files.",
            _ => null,
        };
        Guid? batchId = null;
        if (error is null)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, HttpContext.RequestAborted);
            (batchId, error) = await import.UploadAsync(course.Id, file.FileName, buffer.ToArray(), User.Identity!.Name!, HttpContext.RequestAborted);
        }

        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ImportUploadViewModel { Course = course, FileError = T[error].Value });
        }

        return RedirectToRoute("Enrollments.AdminEnrollmentImport.Preview", new { slug, batchId });
    }

    [HttpGet("{batchId:guid}", Name = "Enrollments.AdminEnrollmentImport.Preview")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Preview(string slug, CourseRef course, Guid batchId)
    {
        var preview = await import.PreviewAsync(course.Id, batchId, HttpContext.RequestAborted);
        return preview is null ? NotFound() : View(new ImportPreviewViewModel { Course = course, Preview = preview });
    }

    [HttpPost("{batchId:guid}", Name = "Enrollments.AdminEnrollmentImport.Confirm")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Confirm(string slug, CourseRef course, Guid batchId, string? mode, bool notify)
    {
        var allOrNothing = mode == "all-or-nothing";
        var outcome = await import.ConfirmAsync(course, batchId, allOrNothing, notify, HttpContext.RequestAborted);
        if (outcome is null)
        {
            TempData["Message"] = T["This import was already done or has expired. Upload the file again."].Value;
            return RedirectToRoute("Enrollments.AdminEnrollmentImport.Upload", new { slug });
        }

        if (outcome.Refused)
        {
            var preview = await import.PreviewAsync(course.Id, batchId, HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Preview), new ImportPreviewViewModel
            {
                Course = course,
                Preview = preview!,
                AllOrNothing = true,
                Error = T["Nothing was imported: {0} lines have problems and you chose all or nothing. Fix them in the file and upload it again, or import only the valid lines.", outcome.Skipped].Value,
            });
        }

        TempData["Message"] = T["Imported: {0} enrolled, {1} on the waiting list, {2} new accounts, {3} lines skipped.", outcome.Enrolled, outcome.Waitlisted, outcome.AccountsCreated, outcome.Skipped].Value;
        return RedirectToRoute("Enrollments.AdminEnrollments.Index", new { slug });
    }
}
