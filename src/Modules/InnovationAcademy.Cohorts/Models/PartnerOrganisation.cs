namespace InnovationAcademy.Cohorts.Models;

public enum PartnerKind
{
    Grassroots,
    University,
    Ngo,
    Private,
    Public,
}

/// <summary>An organisation that hosts sessions and spreads the word (its referral codes).</summary>
public sealed class PartnerOrganisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    public string ContactEmail { get; set; } = "";

    public string Website { get; set; } = "";

    public List<Cohort> Cohorts { get; set; } = [];
}
