namespace InnovationAcademy.Cohorts.Models;

/// <summary>Something to read, watch or download for a session (slides, a worksheet, the recording): a title and its address.</summary>
internal sealed class SessionMaterial
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public required string Title { get; set; }

    /// <summary>A web address or a path on this site (a file in Media).</summary>
    public required string Url { get; set; }

    public int Position { get; set; }
}
