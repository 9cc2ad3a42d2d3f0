using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Settings.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Settings.Controllers;

[Admin]
[Route("admin/settings")]
internal sealed class AdminSettingsController(
    ISiteService site,
    ModuleCatalog catalog,
    IAuditLog audit,
    AcademyDbContext db,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore cache,
    IStringLocalizer<AdminSettingsController> T) : Controller
{
    [HttpGet("", Name = "Settings.AdminSettings.Index")]
    [RequirePermission(nameof(Permissions.ManageSettings))]
    public async Task<IActionResult> Index()
    {
        var settings = await site.GetAsync() ?? new SiteSettings();
        return View(WithThemes(new SettingsViewModel
        {
            SiteName = settings.SiteName,
            DefaultCulture = settings.DefaultCulture,
            RegistrationOpen = settings.RegistrationOpen,
            TimeZoneId = settings.TimeZoneId,
            FormattingRegion = settings.FormattingRegion,
            Theme = settings.Theme,
            AllowExternalImages = settings.AllowExternalImages,
            MapTileUrl = settings.MapTileUrl,
            MapTileAttribution = settings.MapTileAttribution,
            LogoUrl = settings.LogoUrl,
            BrandColour = settings.BrandColour,
            FooterContact = settings.FooterContact,
            Tagline = settings.Tagline,
            FooterLinks = settings.FooterLinks,
        }));
    }

    [HttpPost("", Name = "Settings.AdminSettings.Index")]
    [RequirePermission(nameof(Permissions.ManageSettings))]
    public async Task<IActionResult> Index(SettingsViewModel model)
    {
        // An empty field already carries its own message; these checks are for values that are there but wrong.
        if (!string.IsNullOrEmpty(model.DefaultCulture) && !SupportedCultures.IsSupported(model.DefaultCulture))
        {
            ModelState.AddModelError(nameof(model.DefaultCulture), T["Choose Spanish or English."]);
        }

        if (!string.IsNullOrEmpty(model.TimeZoneId) && !TimeZoneChoices.IsValid(model.TimeZoneId))
        {
            ModelState.AddModelError(nameof(model.TimeZoneId), T["Choose a time zone from the list."]);
        }

        if (!string.IsNullOrEmpty(model.FormattingRegion) && !FormattingRegions.IsValid(model.FormattingRegion))
        {
            ModelState.AddModelError(nameof(model.FormattingRegion), T["Choose a region from the list."]);
        }

        if (!string.IsNullOrEmpty(model.Theme) && catalog.Find(model.Theme) is not { IsTheme: true })
        {
            ModelState.AddModelError(nameof(model.Theme), T["Choose an installed theme."]);
        }

        var tiles = (model.MapTileUrl ?? "").Trim();
        var attribution = (model.MapTileAttribution ?? "").Trim();
        if (tiles.Length > 0 && !MapTileAddress.IsValid(tiles))
        {
            ModelState.AddModelError(nameof(model.MapTileUrl), T["Give the tile server's https address with {z}, {x} and {y} in it."]);
        }
        else if (tiles.Length > 0 && attribution.Length == 0)
        {
            ModelState.AddModelError(nameof(model.MapTileAttribution), T["Say whose map it is: tile servers ask to be credited."]);
        }

        // The lab's identity: a logo of this site's media, a colour white text reads on, links that are addresses.
        var logo = (model.LogoUrl ?? "").Trim();
        if (logo.Length > 0 && !(WebLinks.IsSiteMedia(logo) && WebLinks.IsAllowedImage(logo, allowExternal: false) && System.IO.Path.GetExtension(logo) is ".png" or ".jpg" or ".jpeg" or ".webp"))
        {
            ModelState.AddModelError(nameof(model.LogoUrl), T["Choose a picture uploaded to this site (/media/…)."]);
        }

        var colour = (model.BrandColour ?? "").Trim().ToLowerInvariant();
        if (colour.Length > 0 && !SiteIdentity.IsColour(colour))
        {
            ModelState.AddModelError(nameof(model.BrandColour), T["Write the colour as # and six hexadecimal digits, e.g. #0b5394."]);
        }
        else if (colour.Length > 0 && SiteIdentity.ContrastWithWhite(colour) is var contrast && contrast < SiteIdentity.MinContrast)
        {
            ModelState.AddModelError(nameof(model.BrandColour), T["White text on this colour is hard to read (contrast {0}:1, at least {1}:1 is needed): choose a darker colour.", contrast.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture), SiteIdentity.MinContrast.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        if (!string.IsNullOrWhiteSpace(model.Tagline) && !DisplayNames.IsValid(model.Tagline))
        {
            ModelState.AddModelError(nameof(model.Tagline), T["Write the sentence on one line, without control characters."]);
        }

        var (links, badLine) = SiteIdentity.ParseLinks(model.FooterLinks);
        if (badLine is { } line)
        {
            ModelState.AddModelError(nameof(model.FooterLinks), T["Line {0}: write \"Label | address\", with an http(s) address or a path of this site, at most {1} links.", line, SiteIdentity.MaxFooterLinks]);
        }

        if (!ModelState.IsValid)
        {
            return View(WithThemes(model));
        }

        await site.UpdateAsync(s =>
        {
            s.SiteName = model.SiteName.Trim();
            s.DefaultCulture = model.DefaultCulture;
            s.RegistrationOpen = model.RegistrationOpen;
            s.TimeZoneId = model.TimeZoneId;
            s.FormattingRegion = model.FormattingRegion;
            s.Theme = model.Theme;
            s.AllowExternalImages = model.AllowExternalImages;
            s.MapTileUrl = tiles;
            s.MapTileAttribution = tiles.Length > 0 ? attribution : "";
            s.LogoUrl = logo;
            s.BrandColour = colour;
            s.FooterContact = (model.FooterContact ?? "").Trim();
            s.Tagline = (model.Tagline ?? "").Trim();
            s.FooterLinks = string.Join('\n', links.Select(l => $"{l.Label} | {l.Url}"));
        });
        audit.RecordOnPlatformPart("settings.updated", "Site settings", AuditNote.Say("name: {0}; language: {1}; registration: {2}; time zone: {3}; region: {4}; external images: {5}; map tiles: {6}; logo: {7}; colour: {8}; footer links: {9}", model.SiteName.Trim(), AuditNote.Word(model.DefaultCulture == "en" ? "English" : "Spanish"), AuditNote.Word(model.RegistrationOpen ? "open" : "closed"), AuditNote.Zone(model.TimeZoneId), AuditNote.Region(model.FormattingRegion), AuditNote.Word(model.AllowExternalImages ? "allowed" : "not allowed"), tiles.Length > 0 ? tiles : AuditNote.Word("the default ones"), logo.Length > 0 ? logo : AuditNote.Word("no logo"), colour.Length > 0 ? colour : AuditNote.Word("the theme's"), links.Count));
        await db.SaveChangesAsync();

        // The name, logo, colour and footer are on every page: the cached copies go, on every node.
        await cache.EvictByTagAsync(PublicPageCachePolicy.SiteWideTag, HttpContext.RequestAborted);
        TempData["Message"] = T["Settings saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    private SettingsViewModel WithThemes(SettingsViewModel model)
    {
        model.Themes = catalog.Modules.Where(m => m.IsTheme).Select(m => (m.Id, m.Name)).ToList();
        return model;
    }
}
