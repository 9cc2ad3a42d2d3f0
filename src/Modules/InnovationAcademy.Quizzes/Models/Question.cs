namespace InnovationAcademy.Quizzes.Models;

/// <summary>
/// A question of a course's bank. With <see cref="QuizId"/> it is asked by that quiz every time (unless the quiz draws
/// its category); without, it lives in the bank only and is asked when a quiz draws its category.
/// </summary>
internal sealed class Question
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    /// <summary>The quiz that asks it every time; null for a question of the bank only.</summary>
    public int? QuizId { get; set; }

    /// <summary>Kept when the quiz is imported again, so that attempts' answers still find their question.</summary>
    public Guid Key { get; set; }

    public int Position { get; set; }

    public QuestionKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>Shown with the question in review, whatever was answered.</summary>
    public string Feedback { get; set; } = "";

    /// <summary>Multiple choice: a share of the points for a partly right selection (matching always has it).</summary>
    public bool PartialCredit { get; set; }

    /// <summary>Short answer: "Lima" and "lima" are the same answer.</summary>
    public bool IgnoreCase { get; set; } = true;

    /// <summary>Short answer: "Perú" and "Peru" are the same answer.</summary>
    public bool IgnoreAccents { get; set; } = true;

    /// <summary>Short answer: the accepted answers; numeric: the accepted numbers (invariant culture).</summary>
    public List<string> Answers { get; set; } = [];

    /// <summary>Numeric: how far from an accepted number an answer may be.</summary>
    public decimal Tolerance { get; set; }

    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>A bank category: any quiz of the course that draws from it may ask this question.</summary>
    public string? Category { get; set; }
}
