using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The checks every profile passes, however it arrives (owner's form, administrator's form, CSV, recipe), and how a
/// checked input is written onto a profile with its search text and public location.
/// </summary>
internal static class TalentProfileRules
{
    public const int MaxSkills = 15;
    public const int MaxSkillLength = 40;

    /// <param name="allowExternalImages">The site's setting: off, a photo must be an image of the site's media.</param>
    public static IReadOnlyList<FieldError> Validate(TalentProfileInput input, IReadOnlyCollection<TalentSector> sectors, bool allowExternalImages)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(input.DisplayName), input.DisplayName, 120, required: true);
        Text(errors, nameof(input.BusinessName), input.BusinessName, 160);
        Text(errors, nameof(input.Description), input.Description, 3000);
        Text(errors, nameof(input.City), input.City, 100, required: true);
        Text(errors, nameof(input.Region), input.Region, 100);
        Text(errors, nameof(input.CountryOfOrigin), input.CountryOfOrigin, 100);
        Text(errors, nameof(input.Languages), input.Languages, 200);
        if (input.SectorId is { } id && sectors.All(s => s.Id != id))
        {
            errors.Add(new(nameof(input.SectorId), "Choose a sector from the list."));
        }

        if (!string.IsNullOrWhiteSpace(input.SectorName) && Sector(input, sectors) is null)
        {
            errors.Add(new(nameof(input.SectorId), "This sector is not in the directory's list."));
        }

        var skills = List(input.Skills);
        if (skills.Count > MaxSkills || skills.Any(s => s.Length > MaxSkillLength))
        {
            errors.Add(new(nameof(input.Skills), "Give at most 15 skills, each under 40 characters, separated by commas."));
        }

        Link(errors, nameof(input.PhotoUrl), input.PhotoUrl, sitePath: true);
        if (!string.IsNullOrWhiteSpace(input.PhotoUrl) && WebLinks.IsWebOrSitePath(input.PhotoUrl.Trim()) && !WebLinks.IsAllowedImage(input.PhotoUrl.Trim(), allowExternalImages))
        {
            errors.Add(new(nameof(input.PhotoUrl), "This site shows only images uploaded to it (/media/….jpg, .png or .webp): leave the photo empty, or ask the directory's team to upload it."));
        }
        Link(errors, nameof(input.Website), input.Website, sitePath: false);
        Link(errors, nameof(input.SocialUrl), input.SocialUrl, sitePath: false);
        if (!string.IsNullOrWhiteSpace(input.WhatsApp) && NormalisePhone(input.WhatsApp) is null)
        {
            errors.Add(new(nameof(input.WhatsApp), "Write the WhatsApp number in international form, such as +51 987 654 321."));
        }

        if (input.CoordinatesUnreadable)
        {
            errors.Add(new(nameof(input.Latitude), "Write latitude and longitude as numbers, such as -12.0464 and -77.0428."));
        }
        else if (input.Latitude.HasValue != input.Longitude.HasValue)
        {
            errors.Add(new(nameof(input.Latitude), "Give both latitude and longitude, or neither."));
        }
        else if (input.Latitude is < -90 or > 90 || input.Longitude is < -180 or > 180 || (input.Latitude is { } la && !double.IsFinite(la)) || (input.Longitude is { } lo && !double.IsFinite(lo)))
        {
            errors.Add(new(nameof(input.Latitude), "This point is not on the map: latitude goes from -90 to 90, longitude from -180 to 180."));
        }

        var knownCity = KnownPlaces.Find(input.City) is not null;
        if (!knownCity && !string.IsNullOrWhiteSpace(input.City) && input.Precision == LocationPrecision.CityCentre)
        {
            errors.Add(new(nameof(input.City), "We do not know where this city's centre is: choose a city from the list, or show the place to about 1 km and mark it on the map."));
        }
        else if (!knownCity && !string.IsNullOrWhiteSpace(input.City) && input.Latitude is null)
        {
            errors.Add(new(nameof(input.City), "We do not know where this city is: choose a city from the list, or mark the place on the map."));
        }

        return errors;
    }

    /// <summary>Writes a valid input onto the profile and recomputes what is derived from it.</summary>
    public static void Apply(TalentProfile profile, TalentProfileInput input, IReadOnlyCollection<TalentSector> sectors)
    {
        var place = KnownPlaces.Find(input.City);
        profile.DisplayName = input.DisplayName.Trim();
        profile.BusinessName = input.BusinessName?.Trim() ?? "";
        profile.Sector = Sector(input, sectors);
        profile.SectorId = profile.Sector?.Id;
        profile.Skills = string.Join(", ", List(input.Skills));
        profile.Description = input.Description?.Trim() ?? "";
        profile.City = place?.City ?? input.City?.Trim() ?? "";
        profile.Region = string.IsNullOrWhiteSpace(input.Region) ? place?.Region ?? "" : input.Region.Trim();
        profile.CountryOfOrigin = Optional(input.CountryOfOrigin);
        profile.Languages = string.Join(", ", List(input.Languages));
        profile.PhotoUrl = Optional(input.PhotoUrl);
        profile.Website = Optional(input.Website);
        profile.SocialUrl = Optional(input.SocialUrl);
        profile.WhatsApp = string.IsNullOrWhiteSpace(input.WhatsApp) ? null : NormalisePhone(input.WhatsApp);
        profile.Latitude = input.Latitude;
        profile.Longitude = input.Longitude;
        profile.Precision = input.Precision;
        Refresh(profile);
    }

    /// <summary>
    /// Recomputes the search text, sort name and public location from the profile's own fields. Call it after any
    /// change of sector, region or cohort: the search text carries those as tokens (<see cref="TalentSearchTokens"/>),
    /// so a public search with filters is answered by the full-text index alone.
    /// </summary>
    public static void Refresh(TalentProfile profile)
    {
        (profile.PublicLatitude, profile.PublicLongitude) = PublicLocation.For(profile);
        var text = TextFolding.Fold(string.Join(' ', profile.DisplayName, profile.BusinessName, profile.Sector?.Name, profile.Skills, profile.City, profile.Region, profile.Description));
        var tokens = TalentSearchTokens.For(profile);
        profile.SearchText = (text.Length > 4800 ? text[..4800] : text) + " " + tokens;
        profile.SortName = TextFolding.Fold(profile.DisplayName);
    }

    /// <summary>Comma-separated items, trimmed, without empties or repeats.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>"+51 987-654-321" → "+51987654321"; null unless it is a plausible international number.</summary>
    public static string? NormalisePhone(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        var international = value.TrimStart().StartsWith('+') || value.TrimStart().StartsWith("00", StringComparison.Ordinal);
        if (value.TrimStart().StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        var allowed = value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.');
        return international && allowed && digits.Length is >= 8 and <= 15 ? "+" + digits : null;
    }

    private static TalentSector? Sector(TalentProfileInput input, IReadOnlyCollection<TalentSector> sectors) =>
        input.SectorId is { } id ? sectors.FirstOrDefault(s => s.Id == id)
            : string.IsNullOrWhiteSpace(input.SectorName) ? null
            : sectors.FirstOrDefault(s => string.Equals(TextFolding.Fold(s.Name), TextFolding.Fold(input.SectorName.Trim()), StringComparison.Ordinal));

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Text(List<FieldError> errors, string field, string? value, int max, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "This field is required."));
        }
        else if (value?.Trim().Length > max)
        {
            errors.Add(new(field, "Keep this under {0} characters.", max));
        }
    }

    private static void Link(List<FieldError> errors, string field, string? value, bool sitePath)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > 500 || !(sitePath ? WebLinks.IsWebOrSitePath(trimmed) : WebLinks.IsWebAddress(trimmed)))
        {
            errors.Add(new(field, sitePath ? "Give a web address (https://…) or a file of this site's media (/media/…)." : "Give a web address that starts with https:// or http://."));
        }
    }
}
