using System.Globalization;
using InnovationAcademy.Quizzes.Models;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>Reads the question editor's form. The kind is the editor's, not the form's: answers already given depend on it.</summary>
internal static class QuestionForm
{
    public static QuestionDefinition Read(Guid? key, QuestionKind kind, IFormCollection form)
    {
        var options = new List<OptionDefinition>();
        // Every row is read: a row missing from the post (or left empty) does not hide the rows after it.
        for (var i = 0; i < 50; i++)
        {
            var text = form[$"option-text-{i}"].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var correct = kind == QuestionKind.SingleChoice
                ? form["correct"] == i.ToString(CultureInfo.InvariantCulture)
                : form[$"option-correct-{i}"] == "true";
            var match = form[$"option-match-{i}"].ToString().Trim();
            options.Add(new OptionDefinition(text, correct, form[$"option-feedback-{i}"].ToString().Trim(), kind == QuestionKind.Matching ? match : null));
        }

        if (kind == QuestionKind.TrueFalse)
        {
            var isTrue = form["correct"] == "true";
            options = [new OptionDefinition("true", isTrue, "", null), new OptionDefinition("false", !isTrue, "", null)];
        }

        var answers = form["answers"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (kind == QuestionKind.Numeric)
        {
            // Typed with a decimal comma or point; kept in the invariant form the grader reads.
            answers = answers.Select(a => QuizGrader.ParseNumber(a)?.ToString(CultureInfo.InvariantCulture) ?? a).ToList();
        }

        return new QuestionDefinition(
            key,
            kind,
            form["text"].ToString(),
            form["feedback"].ToString(),
            form["partialCredit"] == "true",
            kind != QuestionKind.ShortAnswer || form["ignoreCase"] == "true",
            kind != QuestionKind.ShortAnswer || form["ignoreAccents"] == "true",
            kind is QuestionKind.ShortAnswer or QuestionKind.Numeric ? answers : [],
            QuizGrader.ParseNumber(form["tolerance"].ToString()) is { } tolerance ? tolerance : 0,
            kind is QuestionKind.ShortAnswer or QuestionKind.Numeric ? [] : options,
            string.IsNullOrWhiteSpace(form["category"]) ? null : form["category"].ToString().Trim());
    }

    /// <summary>What the form says that no question could hold: a tolerance that is no number (it would be read as 0).</summary>
    public static string? Problem(QuestionKind kind, IFormCollection form) =>
        kind == QuestionKind.Numeric && !string.IsNullOrWhiteSpace(form["tolerance"]) && QuizGrader.ParseNumber(form["tolerance"].ToString()) is null
            ? "Write the tolerance as a number (for example 0,5), or leave it empty for none."
            : null;
}
