namespace InnovationAcademy.Cohorts.Models;

/// <summary>
/// A reminder sent for one session to one participant: "24h" or "1h" before. The unique key makes it sent once,
/// however many nodes run the reminder round.
/// </summary>
internal sealed class SessionReminder
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int ApplicationId { get; set; }

    public required string Kind { get; set; }

    public DateTime SentUtc { get; set; }
}
