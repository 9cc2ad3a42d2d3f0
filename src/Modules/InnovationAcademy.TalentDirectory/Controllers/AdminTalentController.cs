using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.TalentDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory.Controllers;

/// <summary>Moderation at /admin/talent: the queue and every profile by state, review with the exact location, decisions, editing and deleting.</summary>
[Admin]
[Route("admin/talent")]
internal sealed class AdminTalentController(
    IAuthorizationService authorization,
    TalentProfiles profiles,
    TalentAdminQueries queries,
    ICohortDirectory cohorts,
    MapTiles tiles,
    ProfilePhotos photos,
    IStringLocalizer<AdminTalentController> T) : Controller
{
    [HttpGet("", Name = "TalentDirectory.AdminTalent.Index")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Index(string? status, string? q, int? page)
    {
        var hidden = string.Equals(status, "Hidden", StringComparison.OrdinalIgnoreCase);
        TalentProfileStatus? state = hidden ? null : Enum.TryParse<TalentProfileStatus>(status, true, out var parsed) ? parsed : TalentProfileStatus.Pending;
        return View(new AdminTalentListViewModel
        {
            Status = state,
            HiddenOnly = hidden,
            Query = q,
            Profiles = await queries.ListAsync(state, hidden, q, page ?? 1, HttpContext.RequestAborted),
            Counts = await queries.CountsAsync(HttpContext.RequestAborted),
            Cohorts = await cohorts.AllAsync(HttpContext.RequestAborted),
        });
    }

    [HttpGet("{id:int}", Name = "TalentDirectory.AdminTalent.Review")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Review(int id)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        return profile is null ? NotFound() : View(await ReviewModelAsync(profile, null, null));
    }

    [HttpPost("{id:int}/moderate", Name = "TalentDirectory.AdminTalent.Moderate")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Moderate(int id, string decision, string? reason)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        if (profile is null)
        {
            return NotFound();
        }

        TalentProfileStatus? status = decision switch
        {
            "approve" => TalentProfileStatus.Published,
            "changes" => TalentProfileStatus.ChangesRequested,
            "reject" => TalentProfileStatus.Rejected,
            _ => null,
        };
        var error = status is null ? "Choose a decision." : await profiles.ModerateAsync(profile, status.Value, reason, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Review", await ReviewModelAsync(profile, reason, T[error].Value));
        }

        TempData["Message"] = status switch
        {
            TalentProfileStatus.Published => T["{0} is published; the owner was told by e-mail.", profile.DisplayName].Value,
            TalentProfileStatus.ChangesRequested => T["The owner of {0} was asked for changes by e-mail.", profile.DisplayName].Value,
            _ => T["{0} was rejected; the owner was told why by e-mail.", profile.DisplayName].Value,
        };
        return RedirectToRoute("TalentDirectory.AdminTalent.Index");
    }

    [HttpGet("new", Name = "TalentDirectory.AdminTalent.Create")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Create()
    {
        return await EditorAsync(null, new TalentProfileForm());
    }

    [HttpGet("{id:int}/edit", Name = "TalentDirectory.AdminTalent.Edit")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Edit(int id)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        return profile is null ? NotFound() : await EditorAsync(profile, TalentProfileForm.From(profile));
    }

    [HttpPost("new", Name = "TalentDirectory.AdminTalent.Create")]
    public Task<IActionResult> Create(TalentProfileForm form) => SaveAsync(null, form);

    [HttpPost("{id:int}/edit", Name = "TalentDirectory.AdminTalent.Edit")]
    public Task<IActionResult> Edit(int id, TalentProfileForm form) => SaveAsync(id, form);

    [HttpGet("{id:int}/delete", Name = "TalentDirectory.AdminTalent.Delete")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> Delete(int id)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        return profile is null ? NotFound() : View(profile);
    }

    [HttpPost("{id:int}/delete", Name = "TalentDirectory.AdminTalent.DeleteConfirmed")]
    [RequirePermission(nameof(Permissions.ManageTalentDirectory))]
    public async Task<IActionResult> DeleteConfirmed(int id)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        if (profile is null)
        {
            return NotFound();
        }

        await profiles.DeleteAsync(profile, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        await photos.ForgetAsync(profile.PhotoUrl, null, profile.OwnerId, HttpContext.RequestAborted);
        TempData["Message"] = T["The profile of {0} was deleted.", profile.DisplayName].Value;
        return RedirectToRoute("TalentDirectory.AdminTalent.Index");
    }

    private async Task<IActionResult> SaveAsync(int? id, TalentProfileForm form)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageTalentDirectory))
        {
            return this.Denied();
        }

        ModelState.Clear();
        var current = id is { } existing ? await profiles.FindAsync(existing, HttpContext.RequestAborted) : null;
        if (id is not null && current is null)
        {
            return NotFound();
        }

        var (previousPhoto, ownerId) = (current?.PhotoUrl, current?.OwnerId);
        // A picture is stored only with a form that will be saved, so a refused form leaves nothing online.
        var otherErrors = await profiles.CheckAsync(form.ToInput(), HttpContext.RequestAborted);
        string? photoProblem;
        if (form.Photo is { Length: > 0 } && otherErrors.Count > 0)
        {
            photoProblem = ProfilePhotos.ChooseAgain;
        }
        else
        {
            (form.PhotoUrl, photoProblem) = await photos.ChooseAsync(form.PhotoUrl, form.Photo, form.RemovePhoto, ProfilePhotos.TeamUploader, HttpContext.RequestAborted);
        }

        if (photoProblem is not null)
        {
            ModelState.AddModelError(nameof(form.Photo), T[photoProblem]);
            MyTalentController.AddErrors(ModelState, otherErrors, T);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await EditorAsync(current, form);
        }

        var (profile, errors) = await profiles.SaveAsAdministratorAsync(id, form.ToInput(), form.ContactEmail, form.Consent, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        if (id is not null && profile is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            MyTalentController.AddErrors(ModelState, errors, T);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await EditorAsync(profile, form);
        }

        await photos.ForgetAsync(previousPhoto, profile!.PhotoUrl, ownerId, HttpContext.RequestAborted);
        TempData["Message"] = T["{0} is saved and published.", profile.DisplayName].Value;
        return RedirectToRoute("TalentDirectory.AdminTalent.Review", new { id = profile.Id });
    }

    private async Task<IActionResult> EditorAsync(TalentProfile? profile, TalentProfileForm form) =>
        View("Editor", new TalentProfileEditor
        {
            Form = form,
            Profile = profile,
            Sectors = await profiles.SectorsAsync(HttpContext.RequestAborted),
            Action = profile is null ? "/admin/talent/new" : $"/admin/talent/{profile.Id}/edit",
            ForAdministrator = true,
            TileUrl = tiles.Url,
            TileAttribution = tiles.Attribution,
            CanUploadPhoto = photos.CanUpload,
            AllowExternalImages = SiteContextMiddleware.AllowsExternalImages(HttpContext),
        });

    private async Task<AdminReviewViewModel> ReviewModelAsync(TalentProfile profile, string? reason, string? error) => new()
    {
        Profile = profile,
        OwnerEmail = await profiles.OwnerEmailAsync(profile, HttpContext.RequestAborted),
        Cohort = profile.CohortId is { } cohortId ? (await cohorts.FindManyAsync([cohortId], HttpContext.RequestAborted)).GetValueOrDefault(cohortId)?.Name : null,
        Reason = reason,
        Error = error,
        Tiles = tiles,
    };
}
