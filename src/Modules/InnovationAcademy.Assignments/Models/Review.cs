namespace InnovationAcademy.Assignments.Models;

/// <summary>A grader's judgement of one round of a submission.</summary>
internal sealed class Review
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public int Round { get; set; }

    public required string ReviewerId { get; set; }

    public required string ReviewerName { get; set; }

    /// <summary>The level chosen for each criterion, in the rubric's order.</summary>
    public List<int> Levels { get; set; } = [];

    public string Feedback { get; set; } = "";

    public bool Accepted { get; set; }

    /// <summary>The administrator's decision between two graders' reviews: what the learner hears.</summary>
    public bool IsDecision { get; set; }

    public DateTime CreatedUtc { get; set; }
}
