using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;

namespace InnovationAcademy.TalentDirectory.ViewModels;

/// <summary>The profile form, as the owner's and the administrator's pages post it; checked by <see cref="TalentProfileRules"/>.</summary>
internal sealed class TalentProfileForm
{
    public string DisplayName { get; set; } = "";

    public string? BusinessName { get; set; }

    public int? SectorId { get; set; }

    public string? Skills { get; set; }

    public string? Description { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? CountryOfOrigin { get; set; }

    public string? Languages { get; set; }

    /// <summary>The picture the profile shows: the one already saved, or a web address where the site allows them.</summary>
    public string? PhotoUrl { get; set; }

    /// <summary>A new photo or logo chosen on the form; it replaces <see cref="PhotoUrl"/>.</summary>
    public IFormFile? Photo { get; set; }

    public bool RemovePhoto { get; set; }

    public string? Website { get; set; }

    public string? SocialUrl { get; set; }

    public string? WhatsApp { get; set; }

    /// <summary>As typed: read with a point or a comma whatever the page's language (model binding would read "-12.05" as -1205 in Spanish).</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public LocationPrecision Precision { get; set; }

    public bool Consent { get; set; }

    /// <summary>Administrators only: where messages go for a person without an account.</summary>
    public string? ContactEmail { get; set; }

    public TalentProfileInput ToInput() => new()
    {
        DisplayName = DisplayName ?? "",
        BusinessName = BusinessName,
        SectorId = SectorId,
        Skills = Skills,
        Description = Description,
        City = City,
        Region = Region,
        CountryOfOrigin = CountryOfOrigin,
        Languages = Languages,
        PhotoUrl = PhotoUrl,
        Website = Website,
        SocialUrl = SocialUrl,
        WhatsApp = WhatsApp,
        Latitude = Coordinate(Latitude),
        Longitude = Coordinate(Longitude),
        CoordinatesUnreadable = (!string.IsNullOrWhiteSpace(Latitude) && Coordinate(Latitude) is null) || (!string.IsNullOrWhiteSpace(Longitude) && Coordinate(Longitude) is null),
        Precision = Precision,
    };

    public static TalentProfileForm From(TalentProfile profile) => new()
    {
        DisplayName = profile.DisplayName,
        BusinessName = profile.BusinessName,
        SectorId = profile.SectorId,
        Skills = profile.Skills,
        Description = profile.Description,
        City = profile.City,
        Region = profile.Region,
        CountryOfOrigin = profile.CountryOfOrigin,
        Languages = profile.Languages,
        PhotoUrl = profile.PhotoUrl,
        Website = profile.Website,
        SocialUrl = profile.SocialUrl,
        WhatsApp = profile.WhatsApp,
        Latitude = profile.Latitude is { } latitude ? LocalNumber.ForInput(latitude) : null,
        Longitude = profile.Longitude is { } longitude ? LocalNumber.ForInput(longitude) : null,
        Precision = profile.Precision,
        ContactEmail = profile.ContactEmail,
    };

    private static double? Coordinate(string? text) => LocalNumber.TryParse(text, out double value) ? value : null;
}

/// <summary>What the profile form's page shows around the fields.</summary>
internal sealed class TalentProfileEditor
{
    public required TalentProfileForm Form { get; init; }

    public required IReadOnlyList<TalentSector> Sectors { get; init; }

    /// <summary>The profile being edited, null for a new one.</summary>
    public TalentProfile? Profile { get; init; }

    /// <summary>Where the form posts.</summary>
    public required string Action { get; init; }

    public bool ForAdministrator { get; init; }

    public string? TileUrl { get; init; }

    public string? TileAttribution { get; init; }

    /// <summary>A picture can be uploaded (the Media module is on).</summary>
    public bool CanUploadPhoto { get; init; }

    /// <summary>The site shows pictures from other sites, so an address may be typed instead of an upload.</summary>
    public bool AllowExternalImages { get; init; }
}
