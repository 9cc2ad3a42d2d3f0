namespace InnovationAcademy.Community.Models;

/// <summary>A message in a community thread: plain text, shown as written (never as markup).</summary>
internal sealed class CommunityPost
{
    public int Id { get; set; }

    public int ThreadId { get; set; }

    public required string AuthorId { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The key of the form that sent it (unique per author): the same form sent twice makes one post.</summary>
    public Guid? SubmissionKey { get; set; }

    /// <summary>Set when a moderator hid the post, or when enough members reported it; others then see a placeholder.</summary>
    public DateTime? HiddenUtc { get; set; }

    /// <summary>Who hid it: a moderator's e-mail, or "reports" when members' reports did.</summary>
    public string? HiddenBy { get; set; }

    /// <summary>The author removed their own post.</summary>
    public DateTime? DeletedUtc { get; set; }

    public bool Visible => HiddenUtc is null && DeletedUtc is null;
}
