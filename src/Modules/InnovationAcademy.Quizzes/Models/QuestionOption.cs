namespace InnovationAcademy.Quizzes.Models;

/// <summary>A choice of a choice question, or a prompt and its <see cref="Match"/> in a matching question.</summary>
internal sealed class QuestionOption
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    /// <summary>What the browser sends back: never the option's rightness.</summary>
    public Guid Key { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }

    public bool Correct { get; set; }

    /// <summary>Shown in review when the learner chose this option.</summary>
    public string Feedback { get; set; } = "";

    /// <summary>Matching: the answer that belongs to this prompt.</summary>
    public string? Match { get; set; }
}
