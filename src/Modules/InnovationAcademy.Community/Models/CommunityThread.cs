namespace InnovationAcademy.Community.Models;

/// <summary>
/// A conversation in a community space. Its first post is the opening message; a cohort's participants keep
/// writing after the cohort ends, as alumni.
/// </summary>
internal sealed class CommunityThread
{
    public int Id { get; set; }

    /// <summary>The space it belongs to, as its owning module names it ("cohort:12").</summary>
    public required string SpaceKey { get; set; }

    public required string Title { get; set; }

    public required string AuthorId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The key of the form that started it (unique per author): the same form sent twice makes one thread.</summary>
    public Guid? SubmissionKey { get; set; }

    /// <summary>When the latest visible post was written; the list shows the liveliest threads first.</summary>
    public DateTime LastPostUtc { get; set; }

    /// <summary>Visible posts, the opening one included.</summary>
    public int PostCount { get; set; }

    /// <summary>A moderator closed the thread to new replies; it stays readable.</summary>
    public bool Locked { get; set; }

    /// <summary>A moderator keeps the thread at the top of the list (rules of the space, useful contacts).</summary>
    public bool Pinned { get; set; }
}
