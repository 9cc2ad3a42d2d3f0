using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>Facilitators mark a session's attendance on a phone, or import a video-meeting tool's export.</summary>
[Admin]
[Route("admin/cohorts/{slug}/sessions/{sessionId:int}/attendance")]
internal sealed class AdminAttendanceController(
    CohortCatalog catalog,
    AttendanceRegister register,
    IStringLocalizer<AdminAttendanceController> T) : Controller
{
    [HttpGet("", Name = "Cohorts.AdminAttendance.Index")]
    [RequirePermission(nameof(Permissions.MarkAttendance))]
    public async Task<IActionResult> Index(string slug, int sessionId)
    {
        return await FindAsync(slug, sessionId) is { } found ? View(await ModelAsync(found.Cohort, found.Session, null)) : NotFound();
    }

    [HttpPost("", Name = "Cohorts.AdminAttendance.Mark")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.MarkAttendance))]
    public async Task<IActionResult> Mark(string slug, int sessionId, List<int> present)
    {
        if (await FindAsync(slug, sessionId) is not { } found)
        {
            return NotFound();
        }

        if (!register.IsOpen(found.Session))
        {
            return await NotYetAsync(found.Cohort, found.Session);
        }

        var count = await register.MarkAsync(found.Cohort, found.Session, present, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Message"] = T.Plural(count, "Attendance saved: 1 person present.", "Attendance saved: {0} present.").Value;
        return RedirectToRoute("Cohorts.AdminAttendance.Index", new { slug, sessionId });
    }

    [HttpPost("import", Name = "Cohorts.AdminAttendance.Import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(AttendanceRegister.MaxFileBytes + 64 * 1024)]
    [RequirePermission(nameof(Permissions.MarkAttendance))]
    public async Task<IActionResult> Import(string slug, int sessionId, IFormFile? file)
    {
        if (await FindAsync(slug, sessionId) is not { } found)
        {
            return NotFound();
        }

        if (!register.IsOpen(found.Session))
        {
            return await NotYetAsync(found.Cohort, found.Session);
        }

        if (file is not { Length: > 0 } || file.Length > AttendanceRegister.MaxFileBytes)
        {
            ModelState.AddModelError("file", T["Choose the participants file the meeting tool exported (CSV, at most 2 MB)."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await ModelAsync(found.Cohort, found.Session, null));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var result = await register.ImportAsync(found.Cohort, found.Session, buffer.ToArray(), User.Identity!.Name!, HttpContext.RequestAborted);
        return View("Index", await ModelAsync(found.Cohort, found.Session, result));
    }

    // A session that has not begun has no attendance yet: the page says so and nothing is saved.
    private async Task<IActionResult> NotYetAsync(Cohort cohort, CohortSession session)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Index", await ModelAsync(cohort, session, null));
    }

    private async Task<(Cohort Cohort, CohortSession Session)?> FindAsync(string slug, int sessionId)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort?.Sessions.FirstOrDefault(s => s.Id == sessionId) is { } session ? (cohort, session) : null;
    }

    private async Task<AttendanceViewModel> ModelAsync(Cohort cohort, CohortSession session, AttendanceImport? import) => new()
    {
        Cohort = cohort,
        Session = session,
        Rows = await register.ListAsync(cohort, session, HttpContext.RequestAborted),
        Import = import,
        Zone = UserClaims.TimeZoneOf(User),
        Open = register.IsOpen(session),
    };
}
