namespace InnovationAcademy.Cohorts.Models;

internal enum SessionKind
{
    Workshop,
    Clinic,
    Mentoring,
    Community,
}

/// <summary>A live session. Times are stored in UTC and shown in each viewer's own zone.</summary>
internal sealed class CohortSession
{
    public int Id { get; set; }

    public int CohortId { get; set; }

    public required string Title { get; set; }

    public SessionKind Kind { get; set; }

    public DateTime StartsUtc { get; set; }

    public DateTime EndsUtc { get; set; }

    /// <summary>A video-call link, for online sessions.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>An address, for sessions in person.</summary>
    public string? Place { get; set; }

    public int? HostPartnerId { get; set; }

    public PartnerOrganisation? HostPartner { get; set; }

    public string Facilitator { get; set; } = "";

    public List<SessionMaterial> Materials { get; set; } = [];
}
