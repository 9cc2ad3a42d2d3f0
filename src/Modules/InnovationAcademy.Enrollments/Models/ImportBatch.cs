namespace InnovationAcademy.Enrollments.Models;

/// <summary>
/// An uploaded enrolment file between its preview and the administrator's confirmation, kept in the
/// database (not in memory) so that the confirmation may reach any web node. Deleted once imported.
/// </summary>
internal sealed class ImportBatch
{
    public Guid Id { get; set; }

    public int CourseId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The file decoded to text, whatever its original encoding.</summary>
    public required string Content { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
}
