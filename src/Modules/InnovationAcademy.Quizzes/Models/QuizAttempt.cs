namespace InnovationAcademy.Quizzes.Models;

/// <summary>One go at a quiz by one learner, from start to submission (or to its time running out).</summary>
internal sealed class QuizAttempt
{
    public int Id { get; set; }

    public int QuizId { get; set; }

    public Quiz Quiz { get; set; } = null!;

    public required string UserId { get; set; }

    /// <summary>1, 2, 3… per learner and quiz; the attempt's address.</summary>
    public int Number { get; set; }

    public DateTime StartedUtc { get; set; }

    /// <summary>When the time limit ends; answers saved later do not count.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>Closed by its deadline rather than by the learner.</summary>
    public bool TimedOut { get; set; }

    /// <summary>0–100, set when submitted and when regraded.</summary>
    public decimal? ScorePercent { get; set; }

    /// <summary>An administrator's grade, which replaces the computed one.</summary>
    public decimal? OverridePercent { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverriddenBy { get; set; }

    /// <summary>The questions in the order this attempt shows them.</summary>
    public List<Guid> QuestionOrder { get; set; } = [];

    /// <summary>Questions the learner marked to come back to before submitting.</summary>
    public List<Guid> Flagged { get; set; } = [];

    /// <summary>Seeds this attempt's option order, so that a page shows the same order every time.</summary>
    public int Seed { get; set; }

    public List<AttemptAnswer> Answers { get; set; } = [];

    public bool IsOpen => SubmittedUtc is null;

    public decimal? FinalPercent => OverridePercent ?? ScorePercent;
}
