namespace InnovationAcademy.Assignments.Models;

internal enum SubmissionStatus
{
    /// <summary>Handed in, waiting for a grader; the learner may still replace it.</summary>
    Submitted,

    /// <summary>A grader asked for changes; the learner may hand in again.</summary>
    NeedsRework,

    /// <summary>Accepted: counts towards the course's completion.</summary>
    Accepted,
}

/// <summary>A learner's work for an assignment: the latest text and files, and its status.</summary>
internal sealed class Submission
{
    public int Id { get; set; }

    public int AssignmentId { get; set; }

    public Assignment Assignment { get; set; } = null!;

    public required string UserId { get; set; }

    /// <summary>The neutral name graders see in blind grading ("E-7KQ3M").</summary>
    public required string Code { get; set; }

    public string Text { get; set; } = "";

    public SubmissionStatus Status { get; set; }

    /// <summary>1 for the first hand-in, 2 after a rework…</summary>
    public int Round { get; set; } = 1;

    public DateTime SubmittedUtc { get; set; }

    /// <summary>Moves on every hand-in: a concurrency token, so two hand-ins racing on the same work cannot both count its files.</summary>
    public int Revision { get; set; }

    public List<SubmissionFile> Files { get; set; } = [];

    public List<Review> Reviews { get; set; } = [];
}
