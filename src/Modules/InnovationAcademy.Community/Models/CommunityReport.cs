namespace InnovationAcademy.Community.Models;

/// <summary>A member's report that a post breaks the space's rules; one per member and post, until a moderator settles it.</summary>
internal sealed class CommunityReport
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public required string ReporterId { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When a moderator hid the post or kept it; open reports have none.</summary>
    public DateTime? ResolvedUtc { get; set; }

    public string? ResolvedBy { get; set; }
}
