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

    public string? Details { get; set; }

    public DateTime CreatedUtc { get; set; }
}
