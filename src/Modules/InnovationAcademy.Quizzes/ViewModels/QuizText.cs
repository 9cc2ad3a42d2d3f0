using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.ViewModels;

/// <summary>The English names of the quiz's choices, used as localization keys by the views.</summary>
internal static class QuizText
{
    /// <summary>Whether a quiz's title already says it is one ("Cuestionario: …", "Quiz …"), in the page's language or another.</summary>
    public static bool NamesItself(string title, string wordInPageLanguage) =>
        new[] { wordInPageLanguage, "Quiz", "Cuestionario" }.Any(w => title.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    public static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "Single choice",
        QuestionKind.MultipleChoice => "Multiple choice",
        QuestionKind.TrueFalse => "True or false",
        QuestionKind.ShortAnswer => "Short answer",
        QuestionKind.Numeric => "Numeric",
        _ => "Matching",
    };

    public static string GradingName(GradingMethod grading) => grading switch
    {
        GradingMethod.Last => "The last attempt",
        GradingMethod.Average => "The average of all attempts",
        _ => "The best attempt",
    };

    public static string ReviewName(ReviewPolicy review) => review switch
    {
        ReviewPolicy.AfterPassing => "Once the learner has passed",
        ReviewPolicy.Never => "Never",
        _ => "After each attempt",
    };
}
