using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>What a profile form, a CSV row or a recipe item says about a profile, before it is checked.</summary>
internal sealed record TalentProfileInput
{
    public string DisplayName { get; init; } = "";

    public string? BusinessName { get; init; }

    /// <summary>A sector of the managed list, by name (CSV, recipes) …</summary>
    public string? SectorName { get; init; }

    /// <summary>… or by id (forms).</summary>
    public int? SectorId { get; init; }

    public string? Skills { get; init; }

    public string? Description { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? CountryOfOrigin { get; init; }

    public string? Languages { get; init; }

    public string? PhotoUrl { get; init; }

    public string? Website { get; init; }

    public string? SocialUrl { get; init; }

    public string? WhatsApp { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public LocationPrecision Precision { get; init; }

    /// <summary>A coordinate was typed that is not a number.</summary>
    public bool CoordinatesUnreadable { get; init; }
}

/// <summary>A problem with one field of a profile, as an English message key (with its one argument, if any) the caller translates.</summary>
internal sealed record FieldError(string Field, string Message, int? Argument = null);
