namespace InnovationAcademy.TalentDirectory.Models;

/// <summary>Where a profile stands with the moderators. Only <see cref="Published"/> profiles that are not hidden are public.</summary>
internal enum TalentProfileStatus
{
    /// <summary>New or edited, waiting for a moderator.</summary>
    Pending,
    Published,
    /// <summary>A moderator asked the owner to change something; the owner's edit sends it back to the queue.</summary>
    ChangesRequested,
    Rejected,
}

/// <summary>How precisely the public sees where a business is: about a kilometre away, or only its city's centre.</summary>
internal enum LocationPrecision
{
    Approximate,
    CityCentre,
}

/// <summary>
/// An entrepreneur's entry in the directory. The exact location is kept for the owner and moderators only; every
/// public view reads <see cref="PublicLatitude"/>/<see cref="PublicLongitude"/>, computed on save.
/// </summary>
internal sealed class TalentProfile
{
    public int Id { get; set; }

    /// <summary>The account that owns the entry; null for one an administrator created for someone without an account.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Where messages are relayed when there is no owner account.</summary>
    public string? ContactEmail { get; set; }

    public required string DisplayName { get; set; }

    public string BusinessName { get; set; } = "";

    public int? SectorId { get; set; }

    public TalentSector? Sector { get; set; }

    /// <summary>Skills and tags, each trimmed, separated by commas.</summary>
    public string Skills { get; set; } = "";

    public string Description { get; set; } = "";

    public string City { get; set; } = "";

    public string Region { get; set; } = "";

    public string? CountryOfOrigin { get; set; }

    /// <summary>Languages the entrepreneur works in, separated by commas.</summary>
    public string Languages { get; set; } = "";

    public string? PhotoUrl { get; set; }

    public string? Website { get; set; }

    public string? SocialUrl { get; set; }

    /// <summary>A WhatsApp Business number in international form (+51…), shown as a wa.me link.</summary>
    public string? WhatsApp { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public LocationPrecision Precision { get; set; }

    public double? PublicLatitude { get; set; }

    public double? PublicLongitude { get; set; }

    /// <summary>The cohort the entrepreneur came through, for filters and statistics.</summary>
    public int? CohortId { get; set; }

    public TalentProfileStatus Status { get; set; }

    /// <summary>Hidden by the owner: kept, but public nowhere, whatever its status.</summary>
    public bool Hidden { get; set; }

    /// <summary>The moderator's reason for a rejection or a request for changes.</summary>
    public string? ModerationNote { get; set; }

    /// <summary>The version of the consent text the owner accepted, and when.</summary>
    public string ConsentVersion { get; set; } = "";

    public DateTime ConsentUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When it was first published: the directory's growth over time counts this.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The display name folded like <see cref="SearchText"/>, so lists sort "Ángel" with the A's on every database.</summary>
    public string SortName { get; set; } = "";

    /// <summary>Names, business, sector, skills and description folded to lower case without accents: what the full-text index reads.</summary>
    public string SearchText { get; set; } = "";

    public bool IsPublic => Status == TalentProfileStatus.Published && !Hidden;
}
