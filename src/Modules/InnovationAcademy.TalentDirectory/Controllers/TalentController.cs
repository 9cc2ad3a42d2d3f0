using System.Globalization;
using System.Security.Claims;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.TalentDirectory.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory.Controllers;

/// <summary>The public directory at /talent: search, filters, the list and the map, a profile, and the contact form.</summary>
internal sealed class TalentController(
    TalentDirectoryQuery directory,
    TalentFacets facets,
    TalentProfiles profiles,
    TalentContactRelay relay,
    MapTiles tiles,
    IStringLocalizer<TalentController> T) : Controller
{
    [HttpGet("/talent", Name = "TalentDirectory.Talent.Index")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [TalentDirectoryChanges.PageTag])]
    public async Task<IActionResult> Index(string? q, int? sector, string? region, string? skill, int? cohort, int? page)
    {
        var search = new TalentSearch(Trimmed(q, 200), sector, Trimmed(region, 100), Trimmed(skill, 40), cohort);
        var cancellationToken = HttpContext.RequestAborted;
        var choices = await facets.GetAsync(cancellationToken);
        return View(new DirectoryViewModel
        {
            Search = search,
            Results = await directory.SearchAsync(search, page ?? 1, choices.Public, cancellationToken),
            Sectors = choices.Sectors,
            Regions = choices.Regions,
            Cohorts = choices.Cohorts,
            Tiles = tiles,
        });
    }

    [HttpGet("/talent/{id:int}", Name = "TalentDirectory.Talent.Profile")]
    public async Task<IActionResult> Profile(int id) => await ProfilePageAsync(id, new ContactForm());

    [HttpPost("/talent/{id:int}/contact", Name = "TalentDirectory.Talent.Contact")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> Contact(int id, ContactForm form)
    {
        var profile = await profiles.FindAsync(id, HttpContext.RequestAborted);
        if (profile is not { IsPublic: true })
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            // A bot filled the hidden field: thank it and relay nothing.
            TempData["Message"] = T["Your message was sent. If the entrepreneur answers, the answer will reach your e-mail."].Value;
            return RedirectToRoute("TalentDirectory.Talent.Profile", new { id });
        }

        form.Name = form.Name?.Trim() ?? "";
        form.Email = form.Email?.Trim() ?? "";
        form.Message = form.Message?.Trim() ?? "";
        if (form.Name.Length is 0 or > 200)
        {
            ModelState.AddModelError(nameof(form.Name), T["Tell the entrepreneur your name (up to 200 characters)."]);
        }

        if (form.Email.Length > 256 || !EmailAddress.IsValid(form.Email))
        {
            ModelState.AddModelError(nameof(form.Email), T["Give the e-mail address where you want the answer."]);
        }

        if (form.Message.Length is < 10 or > 4000)
        {
            ModelState.AddModelError(nameof(form.Message), T["Write a message of 10 to 4,000 characters."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ProfilePageAsync(id, form);
        }

        var culture = SupportedCultures.IsSupported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : SupportedCultures.Spanish;
        await relay.SendAsync(profile, form.Name, form.Email, form.Message, culture, HttpContext.RequestAborted);
        TempData["Message"] = T["Your message was sent. If the entrepreneur answers, the answer will reach your e-mail."].Value;
        return RedirectToRoute("TalentDirectory.Talent.Profile", new { id });
    }

    private async Task<IActionResult> ProfilePageAsync(int id, ContactForm form)
    {
        var card = await directory.FindAsync(id, HttpContext.RequestAborted);
        if (card is null)
        {
            return NotFound();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var own = userId is not null && (await profiles.FindOwnAsync(userId, HttpContext.RequestAborted))?.Id == id;
        return View("Profile", new ProfilePageViewModel { Profile = card, Contact = form, Tiles = tiles, IsOwner = own });
    }

    private static string? Trimmed(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var v && v.Length > max ? v[..max] : value.Trim();
}
