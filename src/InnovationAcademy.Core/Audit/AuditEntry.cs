namespace InnovationAcademy.Core.Audit;

/// <summary>One change of state that matters, with who made it and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>A stable verb such as <c>user.created</c> or <c>feature.disabled</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What the action was done to, e.g. an e-mail address or a feature id.</summary>
    public required string Subject { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    /// <summary>The detail in English, for search and exports; with <see cref="DetailsTemplate"/> it is only a copy.</summary>
    public string? Details { get; set; }

    /// <summary>The detail's sentence as a translation key, its values in <see cref="DetailsValues"/> (see <see cref="AuditNote"/>).</summary>
    public string? DetailsTemplate { get; set; }

    public string? DetailsValues { get; set; }

    /// <summary>The subject is a name of the platform itself (a feature), shown in the reader's language.</summary>
    public bool SubjectIsPlatformName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
