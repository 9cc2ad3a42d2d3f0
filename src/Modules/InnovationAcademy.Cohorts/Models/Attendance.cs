namespace InnovationAcademy.Cohorts.Models;

/// <summary>Whether an accepted participant was at a session, as a facilitator marked it or a meeting tool's export said.</summary>
internal sealed class Attendance
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int ApplicationId { get; set; }

    public bool Present { get; set; }

    public DateTime MarkedUtc { get; set; }

    public required string MarkedBy { get; set; }

    /// <summary>"list" (marked by hand) or "csv" (imported).</summary>
    public required string Source { get; set; }
}
