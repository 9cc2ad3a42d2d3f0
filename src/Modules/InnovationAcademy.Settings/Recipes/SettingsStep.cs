using System.Text.Json.Nodes;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;

namespace InnovationAcademy.Settings.Recipes;

/// <summary>
/// <c>{ "name": "Settings", "siteName", "defaultCulture": "es|en", "registrationOpen": bool, "theme", "allowExternalImages": bool,
/// "mapTileUrl", "mapTileAttribution" }</c>; absent fields keep their value.
/// </summary>
internal sealed class SettingsStep(ISiteService site, ModuleCatalog catalog, IAuditLog audit) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Settings";

    public int Order => 10;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var siteName = RecipeStepContext.OptionalString(step, "siteName", "siteName");
        if (siteName is { Length: 0 or > 200 })
        {
            throw new RecipeItemException("siteName", "must have 1 to 200 characters.");
        }

        var culture = RecipeStepContext.OptionalString(step, "defaultCulture", "defaultCulture");
        if (culture is not null && !SupportedCultures.IsSupported(culture))
        {
            throw new RecipeItemException("defaultCulture", $"'{culture}' is not a supported language (es, en).");
        }

        var theme = RecipeStepContext.OptionalString(step, "theme", "theme");
        if (theme is not null && catalog.Find(theme) is not { IsTheme: true })
        {
            throw new RecipeItemException("theme", $"'{theme}' is not an installed theme.");
        }

        var zone = RecipeStepContext.OptionalString(step, "timeZone", "timeZone");
        if (zone is not null && !TimeZoneChoices.IsValid(zone))
        {
            throw new RecipeItemException("timeZone", $"'{zone}' is not a time zone (an IANA id such as America/Lima).");
        }

        var region = RecipeStepContext.OptionalString(step, "formattingRegion", "formattingRegion");
        if (region is not null && !FormattingRegions.IsValid(region))
        {
            throw new RecipeItemException("formattingRegion", $"'{region}' is not one of {string.Join(", ", FormattingRegions.All.Select(r => r.Id))}.");
        }

        var registration = RecipeStepContext.OptionalBool(step, "registrationOpen", "registrationOpen");
        var externalImages = RecipeStepContext.OptionalBool(step, "allowExternalImages", "allowExternalImages");
        var tiles = RecipeStepContext.OptionalString(step, "mapTileUrl", "mapTileUrl")?.Trim();
        if (tiles is { Length: > 0 } && !InnovationAcademy.Core.Web.MapTileAddress.IsValid(tiles))
        {
            throw new RecipeItemException("mapTileUrl", "must be an https address with {z}, {x} and {y}.");
        }

        var attribution = RecipeStepContext.OptionalString(step, "mapTileAttribution", "mapTileAttribution")?.Trim();
        if (attribution is { Length: > 300 })
        {
            throw new RecipeItemException("mapTileAttribution", "has at most 300 characters.");
        }

        var logo = RecipeStepContext.OptionalString(step, "logo", "logo")?.Trim();
        if (logo is { Length: > 0 } && !InnovationAcademy.Core.Web.WebLinks.IsSiteMedia(logo))
        {
            throw new RecipeItemException("logo", "must be a picture of this site (/media/…).");
        }

        var colour = RecipeStepContext.OptionalString(step, "brandColour", "brandColour")?.Trim().ToLowerInvariant();
        if (colour is { Length: > 0 } && (!SiteIdentity.IsColour(colour) || SiteIdentity.ContrastWithWhite(colour) < SiteIdentity.MinContrast))
        {
            throw new RecipeItemException("brandColour", "must be # and six hexadecimal digits, dark enough for white text (contrast 4.5:1).");
        }

        var contact = RecipeStepContext.OptionalString(step, "footerContact", "footerContact")?.Trim();
        if (contact is { Length: > 300 })
        {
            throw new RecipeItemException("footerContact", "has at most 300 characters.");
        }

        var tagline = RecipeStepContext.OptionalString(step, "tagline", "tagline")?.Trim();
        if (tagline is { Length: > 0 } && (tagline.Length > 300 || !DisplayNames.IsValid(tagline)))
        {
            throw new RecipeItemException("tagline", "is one line of at most 300 characters.");
        }

        var footerLinks = RecipeStepContext.OptionalString(step, "footerLinks", "footerLinks");
        if (footerLinks is not null && SiteIdentity.ParseLinks(footerLinks).BadLine is { } badLine)
        {
            throw new RecipeItemException("footerLinks", $"line {badLine} is not \"Label | address\" (at most {SiteIdentity.MaxFooterLinks} links).");
        }

        await site.UpdateAsync(
            s =>
            {
                s.LogoUrl = logo ?? s.LogoUrl;
                s.BrandColour = colour ?? s.BrandColour;
                s.FooterContact = contact ?? s.FooterContact;
                s.Tagline = tagline ?? s.Tagline;
                s.FooterLinks = footerLinks?.Trim() ?? s.FooterLinks;
                s.SiteName = siteName ?? s.SiteName;
                s.DefaultCulture = culture ?? s.DefaultCulture;
                s.Theme = theme ?? s.Theme;
                s.RegistrationOpen = registration ?? s.RegistrationOpen;
                s.TimeZoneId = zone ?? s.TimeZoneId;
                s.FormattingRegion = region ?? s.FormattingRegion;
                s.AllowExternalImages = externalImages ?? s.AllowExternalImages;
                s.MapTileUrl = tiles ?? s.MapTileUrl;
                s.MapTileAttribution = attribution ?? s.MapTileAttribution;
            },
            cancellationToken);
        audit.RecordOnPlatformPart("settings.updated", "Site settings", AuditNote.Say("from a recipe"));
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (await site.GetAsync(cancellationToken) is { } settings)
        {
            context.AddStep(StepName, new JsonObject
            {
                ["siteName"] = settings.SiteName,
                ["defaultCulture"] = settings.DefaultCulture,
                ["registrationOpen"] = settings.RegistrationOpen,
                ["timeZone"] = settings.TimeZoneId,
                ["formattingRegion"] = settings.FormattingRegion,
                ["theme"] = settings.Theme,
                ["allowExternalImages"] = settings.AllowExternalImages,
                ["mapTileUrl"] = settings.MapTileUrl,
                ["mapTileAttribution"] = settings.MapTileAttribution,
                ["logo"] = settings.LogoUrl,
                ["brandColour"] = settings.BrandColour,
                ["footerContact"] = settings.FooterContact,
                ["tagline"] = settings.Tagline,
                ["footerLinks"] = settings.FooterLinks,
            });
        }
    }
}
