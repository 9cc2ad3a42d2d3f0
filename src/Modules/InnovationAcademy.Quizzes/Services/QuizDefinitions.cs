using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Turns a saved quiz back into a definition, so that one question can be changed through the same validation and
/// merge as an imported quiz (keys kept, attempts regraded).
/// </summary>
internal static class QuizDefinitions
{
    public static QuizDefinition Of(Quiz quiz) => new(
        quiz.Key,
        quiz.Title,
        quiz.PassPercent,
        quiz.MaxAttempts,
        quiz.TimeLimitMinutes,
        quiz.Grading,
        quiz.ShuffleOptions,
        quiz.Review,
        quiz.QuestionsPerPage,
        quiz.Questions.OrderBy(q => q.Position).Select(Of).ToList(),
        quiz.Draws.Select(d => new DrawDefinition(d.Category, d.Count)).ToList());

    public static QuestionDefinition Of(Question question) => new(
        question.Key,
        question.Kind,
        question.Text,
        question.Feedback,
        question.PartialCredit,
        question.IgnoreCase,
        question.IgnoreAccents,
        question.Answers,
        question.Tolerance,
        question.Options.OrderBy(o => o.Position).Select(o => new OptionDefinition(o.Text, o.Correct, o.Feedback, o.Match)).ToList(),
        question.Category);

    /// <summary>The quiz with one question replaced by <paramref name="changed"/>.</summary>
    public static QuizDefinition With(Quiz quiz, QuestionDefinition changed)
    {
        var definition = Of(quiz);
        return definition with { Questions = definition.Questions.Select(q => q.Key == changed.Key ? changed : q).ToList() };
    }
}
