using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Users;
using System.Security.Claims;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.TalentDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory.Controllers;

/// <summary>An entrepreneur's own profile at /my/talent: create and edit (each save goes to moderation), hide, delete, messages.</summary>
[Authorize]
[Route("my/talent")]
internal sealed class MyTalentController(
    TalentProfiles profiles,
    TalentContactRelay relay,
    ICohortDirectory cohorts,
    MapTiles tiles,
    ProfilePhotos photos,
    IStringLocalizer<MyTalentController> T) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>Who uploaded a photo: a replaced or removed one is deleted only when its owner uploaded it.</summary>
    private string PhotoOwner => ProfilePhotos.OwnerUploader(UserId);

    [HttpGet("", Name = "TalentDirectory.MyTalent.Index")]
    public async Task<IActionResult> Index()
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        return await EditorAsync(profile, profile is null ? new TalentProfileForm { DisplayName = UserClaims.DisplayNameOf(User) } : TalentProfileForm.From(profile));
    }

    [HttpPost("", Name = "TalentDirectory.MyTalent.Save")]
    public async Task<IActionResult> Save(TalentProfileForm form)
    {
        // The form's own checks (TalentProfileRules) speak for every field; the binder's messages would only repeat them.
        ModelState.Clear();
        var saved = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        var previousPhoto = saved?.PhotoUrl;
        // A picture is stored only with a form that will be saved, so a refused form leaves nothing online.
        string? photoProblem;
        if (form.Photo is { Length: > 0 } && (!form.Consent || (await profiles.CheckAsync(form.ToInput(), HttpContext.RequestAborted)).Count > 0))
        {
            photoProblem = ProfilePhotos.ChooseAgain;
        }
        else
        {
            (form.PhotoUrl, photoProblem) = await photos.ChooseAsync(form.PhotoUrl, form.Photo, form.RemovePhoto, PhotoOwner, HttpContext.RequestAborted);
        }

        if (photoProblem is not null)
        {
            ModelState.AddModelError(nameof(form.Photo), T[photoProblem]);
            if (!form.Consent)
            {
                ModelState.AddModelError(nameof(form.Consent), T["Accept the consent to publish your profile."]);
            }
        }

        var cohort = await cohorts.LatestAcceptedAsync(UserId, HttpContext.RequestAborted);
        var errors = photoProblem is null
            ? await profiles.SaveOwnAsync(UserId, form.ToInput(), form.Consent, cohort?.Id, HttpContext.RequestAborted)
            : await profiles.CheckAsync(form.ToInput(), HttpContext.RequestAborted);
        if (errors.Count > 0 || photoProblem is not null)
        {
            AddErrors(ModelState, errors, T);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await EditorAsync(saved, form);
        }

        await photos.ForgetAsync(previousPhoto, form.PhotoUrl, UserId, HttpContext.RequestAborted);

        TempData["Message"] = T["Thank you. Your profile was sent for review; it will appear in the directory once a moderator approves it."].Value;
        return RedirectToRoute("TalentDirectory.MyTalent.Index");
    }

    [HttpPost("visibility", Name = "TalentDirectory.MyTalent.Visibility")]
    public async Task<IActionResult> Visibility(bool hidden)
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        if (profile is null)
        {
            return NotFound();
        }

        await profiles.SetHiddenAsync(profile, hidden, HttpContext.RequestAborted);
        TempData["Message"] = hidden ? T["Your profile is hidden: nobody else sees it until you show it again."].Value : T["Your profile is visible again (once approved)."].Value;
        return RedirectToRoute("TalentDirectory.MyTalent.Index");
    }

    [HttpGet("delete", Name = "TalentDirectory.MyTalent.Delete")]
    public async Task<IActionResult> Delete()
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        return profile is null ? RedirectToRoute("TalentDirectory.MyTalent.Index") : View(profile);
    }

    [HttpPost("delete", Name = "TalentDirectory.MyTalent.DeleteConfirmed")]
    public async Task<IActionResult> DeleteConfirmed()
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        if (profile is not null)
        {
            await profiles.DeleteAsync(profile, "its owner", HttpContext.RequestAborted);
            await photos.ForgetAsync(profile.PhotoUrl, null, UserId, HttpContext.RequestAborted);
        }

        TempData["Message"] = T["Your profile and its messages were deleted."].Value;
        return RedirectToRoute("TalentDirectory.MyTalent.Index");
    }

    [HttpGet("messages", Name = "TalentDirectory.MyTalent.Messages")]
    public async Task<IActionResult> Messages()
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        return profile is null ? RedirectToRoute("TalentDirectory.MyTalent.Index")
            : View(new MessagesViewModel { Profile = profile, Messages = await relay.InboxAsync(profile.Id, HttpContext.RequestAborted) });
    }

    [HttpPost("messages/{id:int}/answer", Name = "TalentDirectory.MyTalent.Answer")]
    public async Task<IActionResult> Answer(int id, string? reply)
    {
        var profile = await profiles.FindOwnAsync(UserId, HttpContext.RequestAborted);
        if (profile is null)
        {
            return NotFound();
        }

        var error = await relay.AnswerAsync(profile, id, reply ?? "", HttpContext.RequestAborted);
        if (error is not null)
        {
            Response.StatusCode = error == TalentContactRelay.NoSuchMessage ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity;
            return View("Messages", new MessagesViewModel
            {
                Profile = profile,
                Messages = await relay.InboxAsync(profile.Id, HttpContext.RequestAborted),
                FailedMessageId = id,
                Error = T[error].Value,
            });
        }

        TempData["Message"] = T["Your answer was sent. From now on you can write to each other directly."].Value;
        return RedirectToRoute("TalentDirectory.MyTalent.Messages");
    }

    /// <summary>Puts the rules' field errors on the form, translated, under the fields' names.</summary>
    internal static void AddErrors(ModelStateDictionary state, IEnumerable<FieldError> errors, IStringLocalizer T)
    {
        foreach (var error in errors)
        {
            state.AddModelError(error.Field, error.Argument is { } argument ? T[error.Message, argument] : T[error.Message]);
        }
    }

    private async Task<IActionResult> EditorAsync(TalentProfile? profile, TalentProfileForm form) =>
        View("Index", new MyTalentViewModel
        {
            Editor = new TalentProfileEditor
            {
                Form = form,
                Profile = profile,
                Sectors = await profiles.SectorsAsync(HttpContext.RequestAborted),
                Action = "/my/talent",
                TileUrl = tiles.Url,
                TileAttribution = tiles.Attribution,
                CanUploadPhoto = photos.CanUpload,
                AllowExternalImages = SiteContextMiddleware.AllowsExternalImages(HttpContext),
            },
            UnansweredMessages = profile is null ? 0 : await relay.UnansweredAsync(profile.Id, HttpContext.RequestAborted),
        });
}
