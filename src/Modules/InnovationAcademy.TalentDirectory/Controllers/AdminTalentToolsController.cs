using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory.Controllers;

/// <summary>The directory's tools for administrators: statistics, CSV import, inviting a cohort's graduates, and the sector list.</summary>
[Admin]
[Route("admin/talent")]
internal sealed class AdminTalentToolsController(
    IAuthorizationService authorization,
    TalentStatistics statistics,
    TalentCsvImport import,
    TalentInvitations invitations,
    TalentSectors sectors,
    ICohortDirectory cohorts,
    IStringLocalizer<AdminTalentToolsController> T) : Controller
{
    /// <summary>A CSV larger than this is refused before it is read: 100,000 rows of a profile each fit well within it.</summary>
    public const long MaxImportBytes = 20 * 1024 * 1024;

    [HttpGet("statistics", Name = "TalentDirectory.AdminTalentTools.Statistics")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Statistics()
    {
        return View(await statistics.ComputeAsync(HttpContext.RequestAborted));
    }

    [HttpGet("import", Name = "TalentDirectory.AdminTalentTools.Import")]
    public async Task<IActionResult> Import()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageTalentDirectory))
        {
            return this.Denied();
        }

        return View(new TalentImportResult([], 0));
    }

    [HttpPost("import", Name = "TalentDirectory.AdminTalentTools.Import")]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes + 64 * 1024)]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Import(IFormFile? file, bool consent)
    {
        string? problem = file is null || file.Length == 0 ? "Choose a CSV file."
            : file.Length > MaxImportBytes ? "The file is larger than 20 MB."
            : !consent ? "Confirm that every person in the file agreed to be published."
            : null;
        TalentImportResult result;
        if (problem is not null)
        {
            result = new TalentImportResult([new TalentImportError(0, "", problem)], 0);
        }
        else
        {
            await using var stream = file!.OpenReadStream();
            result = await import.ImportAsync(stream, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        }

        if (result.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(result);
        }

        TempData["Message"] = T["{0} profiles were imported and published.", result.Imported].Value;
        return RedirectToRoute("TalentDirectory.AdminTalent.Index", new { status = "Published" });
    }

    [HttpPost("invite", Name = "TalentDirectory.AdminTalentTools.Invite")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Invite(string? cohort)
    {
        var found = string.IsNullOrEmpty(cohort) ? null : await cohorts.FindAsync(cohort, HttpContext.RequestAborted);
        if (found is null)
        {
            TempData["Error"] = T["Choose the cohort whose graduates you want to invite."].Value;
            return RedirectToRoute("TalentDirectory.AdminTalent.Index");
        }

        var invited = await invitations.InviteGraduatesAsync(found, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        TempData["Message"] = T["{0} graduates of {1} without a profile were invited by e-mail.", invited, found.Name].Value;
        return RedirectToRoute("TalentDirectory.AdminTalent.Index");
    }

    [HttpGet("sectors", Name = "TalentDirectory.AdminTalentTools.Sectors")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Sectors()
    {
        return View(await sectors.ListAsync(HttpContext.RequestAborted));
    }

    [HttpPost("sectors", Name = "TalentDirectory.AdminTalentTools.SaveSector")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> SaveSector(int? id, string? name, bool delete)
    {
        var error = delete && id is { } existing ? await sectors.DeleteAsync(existing, HttpContext.RequestAborted)
            : await sectors.SaveAsync(id, name, HttpContext.RequestAborted);
        if (error is not null)
        {
            TempData["Error"] = T[error].Value;
        }
        else
        {
            TempData["Message"] = delete ? T["The sector was deleted; its profiles now have none."].Value : T["The sector list was saved."].Value;
        }

        return RedirectToRoute("TalentDirectory.AdminTalentTools.Sectors");
    }
}
