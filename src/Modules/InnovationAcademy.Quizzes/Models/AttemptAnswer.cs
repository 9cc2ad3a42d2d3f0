namespace InnovationAcademy.Quizzes.Models;

/// <summary>A learner's answer to one question of an attempt, as sent: option keys, a text, a number or "prompt=match" pairs.</summary>
internal sealed class AttemptAnswer
{
    public long Id { get; set; }

    public int AttemptId { get; set; }

    public Guid QuestionKey { get; set; }

    public List<string> Values { get; set; } = [];

    public DateTime SavedUtc { get; set; }

    /// <summary>0–1 of the question's worth, set when graded.</summary>
    public decimal? Score { get; set; }
}
