using System.Globalization;
using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>The rules a quiz must keep before it is saved: a learner must be able to get every question right.</summary>
internal static class QuizValidator
{
    /// <summary>
    /// Checks a quiz. <paramref name="bankOutside"/> counts, by category, the course bank's questions outside this quiz,
    /// which its draws may take too; <paramref name="requireQuestions"/> is false for an editor's new, still empty quiz.
    /// </summary>
    public static IReadOnlyList<QuizError> Validate(QuizDefinition quiz, IReadOnlyDictionary<string, int>? bankOutside = null, bool requireQuestions = true)
    {
        var errors = new List<QuizError>();
        if (string.IsNullOrWhiteSpace(quiz.Title) || quiz.Title.Length > 200)
        {
            errors.Add(new("title", "A quiz needs a title of at most 200 characters."));
        }

        if (quiz.PassPercent is < 0 or > 100)
        {
            errors.Add(new("passPercent", "The pass mark is a percentage from 0 to 100."));
        }

        if (quiz.MaxAttempts is < 1)
        {
            errors.Add(new("maxAttempts", "Allow at least one attempt, or leave it empty for no limit."));
        }

        if (quiz.TimeLimitMinutes is < 1 or > 1440)
        {
            errors.Add(new("timeLimitMinutes", "The time limit is from 1 to 1,440 minutes, or empty for none."));
        }

        if (quiz.QuestionsPerPage is < 1 or > 50)
        {
            errors.Add(new("questionsPerPage", "Show from 1 to 50 questions per page."));
        }

        if (requireQuestions && quiz.Questions.Count == 0 && (quiz.Draws ?? []).Count == 0)
        {
            errors.Add(new("questions", "A quiz needs at least one question."));
        }

        foreach (var draw in quiz.Draws ?? [])
        {
            var available = quiz.Questions.Count(q => q.Category == draw.Category) + (bankOutside?.GetValueOrDefault(draw.Category) ?? 0);
            if (string.IsNullOrWhiteSpace(draw.Category) || draw.Category.Length > 100)
            {
                errors.Add(new("draws", "Name the bank category to draw from (at most 100 characters)."));
            }
            else if (draw.Count < 1 || draw.Count > available)
            {
                errors.Add(new("draws", "\"{0}\": draw from 1 to the {1} questions the bank has in this category.", draw.Category, available));
            }
        }

        if ((quiz.Draws ?? []).GroupBy(d => d.Category.Trim(), StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add(new("draws", "Draw from each category once."));
        }

        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            if (Check(quiz.Questions[i]) is { } message)
            {
                errors.Add(new($"question {i + 1}", message));
            }
        }

        return errors;
    }

    /// <summary>What is wrong with one question, or null.</summary>
    public static string? Check(QuestionDefinition question)
    {
        if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > 4000)
        {
            return "A question needs a text of at most 4,000 characters.";
        }

        if (question.Feedback.Length > 4000 || question.Category?.Length > 100)
        {
            return "Feedback is at most 4,000 characters and a category at most 100.";
        }

        if (question.Options.Count > 50 || question.Answers.Count > 50 || question.Answers.Any(a => a.Length > 1000))
        {
            return "A question has at most 50 options or accepted answers, each of at most 1,000 characters.";
        }

        if (question.Options.Any(o => string.IsNullOrWhiteSpace(o.Text) || o.Text.Length > 1000 || o.Feedback.Length > 2000 || o.Match?.Length > 1000))
        {
            return "Every option needs a text of at most 1,000 characters (its feedback at most 2,000).";
        }

        var correct = question.Options.Count(o => o.Correct);
        return question.Kind switch
        {
            QuestionKind.SingleChoice when question.Options.Count < 2 || correct != 1 => "A single-choice question needs at least two options and exactly one right one.",
            QuestionKind.MultipleChoice when question.Options.Count < 2 || correct == 0 => "A multiple-choice question needs at least two options and at least one right one.",
            QuestionKind.TrueFalse when question.Options.Count != 2 || correct != 1 => "A true/false question is either true or false.",
            QuestionKind.ShortAnswer when question.Answers.Count == 0 || question.Answers.Any(string.IsNullOrWhiteSpace) => "A short-answer question needs at least one accepted answer.",
            QuestionKind.Numeric when question.Answers.Count == 0 || !question.Answers.All(a => decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) => "A numeric question needs at least one accepted number.",
            QuestionKind.Numeric when question.Tolerance < 0 => "The tolerance cannot be negative.",
            QuestionKind.Matching when question.Options.Count < 2 || question.Options.Any(o => string.IsNullOrWhiteSpace(o.Match)) => "A matching question needs at least two prompts, each with its \"match\".",
            _ => null,
        };
    }
}
