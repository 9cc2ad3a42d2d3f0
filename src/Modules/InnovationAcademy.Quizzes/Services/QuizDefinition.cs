using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>A quiz as a recipe (or, later, an editor) describes it, before it is validated and saved.</summary>
internal sealed record QuizDefinition(
    Guid? Key,
    string Title,
    int PassPercent,
    int? MaxAttempts,
    int? TimeLimitMinutes,
    GradingMethod Grading,
    bool ShuffleOptions,
    ReviewPolicy Review,
    int QuestionsPerPage,
    IReadOnlyList<QuestionDefinition> Questions,
    IReadOnlyList<DrawDefinition>? Draws = null);

/// <summary>Draw <paramref name="Count"/> questions of <paramref name="Category"/> at random per attempt.</summary>
internal sealed record DrawDefinition(string Category, int Count);

internal sealed record QuestionDefinition(
    Guid? Key,
    QuestionKind Kind,
    string Text,
    string Feedback,
    bool PartialCredit,
    bool IgnoreCase,
    bool IgnoreAccents,
    IReadOnlyList<string> Answers,
    decimal Tolerance,
    IReadOnlyList<OptionDefinition> Options,
    string? Category = null);

internal sealed record OptionDefinition(string Text, bool Correct, string Feedback, string? Match);

/// <summary>What is wrong where ("question 3", "draws"); <see cref="Message"/> is a format for <see cref="Arguments"/>, to translate before formatting.</summary>
internal sealed record QuizError(string Where, string Message, params object[] Arguments)
{
    public string Formatted => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Arguments);
}
