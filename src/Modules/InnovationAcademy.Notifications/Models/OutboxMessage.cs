namespace InnovationAcademy.Notifications.Models;

/// <summary>An e-mail waiting to be sent, or sent. Kept after sending as the record of what went out.</summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>What the message is about ("course:12", "cohort:3"; see EmailAbout), so its administrators see failures.</summary>
    public string? About { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the worker may try next; moves forward after each failure.</summary>
    public DateTime NextAttemptUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }
}
