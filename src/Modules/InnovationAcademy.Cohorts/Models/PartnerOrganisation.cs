namespace InnovationAcademy.Cohorts.Models;

internal enum PartnerKind
{
    Grassroots,
    University,
    Ngo,
    Private,
    Public,
}

/// <summary>An organisation that hosts sessions and spreads the word (its referral codes).</summary>
internal sealed class PartnerOrganisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    public string ContactEmail { get; set; } = "";

    public string Website { get; set; } = "";

    /// <summary>A logo image: a path on this site (uploaded in Media) or an https address; empty for none.</summary>
    public string LogoUrl { get; set; } = "";

    public List<Cohort> Cohorts { get; set; } = [];
}
