namespace InnovationAcademy.Assignments.Models;

/// <summary>A file handed in, kept outside the public media folder and served only as a download to its owner and graders.</summary>
internal sealed class SubmissionFile
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>Random, with the extension its content proved; the name on disk.</summary>
    public required string StoredName { get; set; }

    /// <summary>As uploaded; shown to the owner, and to graders only once the learner's identity is no secret.</summary>
    public required string OriginalName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public DateTime UploadedUtc { get; set; }
}
