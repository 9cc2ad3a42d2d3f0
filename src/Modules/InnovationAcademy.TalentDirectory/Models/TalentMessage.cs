namespace InnovationAcademy.TalentDirectory.Models;

/// <summary>
/// A visitor's message to an entrepreneur. The visitor's address is kept here and shown to nobody; the entrepreneur
/// answers on the site, and only then does the visitor receive the answer with the entrepreneur's address.
/// </summary>
internal sealed class TalentMessage
{
    public int Id { get; set; }

    public int ProfileId { get; set; }

    public required string SenderName { get; set; }

    public required string SenderEmail { get; set; }

    public required string Body { get; set; }

    /// <summary>The visitor's language ("es" or "en"), for the e-mail that carries the answer.</summary>
    public string Culture { get; set; } = "es";

    public DateTime SentUtc { get; set; }

    public string? Reply { get; set; }

    public DateTime? RepliedUtc { get; set; }
}
