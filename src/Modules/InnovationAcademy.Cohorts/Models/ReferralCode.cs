namespace InnovationAcademy.Cohorts.Models;

/// <summary>A share link's code (<c>/cohorts/{slug}?ref={code}</c>): a partner's or a campaign's channel.</summary>
internal sealed class ReferralCode
{
    public int Id { get; set; }

    public int CohortId { get; set; }

    public required string Code { get; set; }

    /// <summary>How reports name the channel: "Asociación Hatun Llaqta", "Campaña radio".</summary>
    public required string Label { get; set; }

    public int? PartnerId { get; set; }
}
