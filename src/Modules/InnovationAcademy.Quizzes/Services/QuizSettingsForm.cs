using System.Globalization;
using InnovationAcademy.Quizzes.Models;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Reads the quiz settings form into a definition without questions. A field that is not a number is named in
/// <see cref="Result.Errors"/> (field → message) rather than taken as zero.
/// </summary>
internal static class QuizSettingsForm
{
    /// <summary>How many draw rows the form offers beyond those already set.</summary>
    public const int SpareDraws = 2;

    public sealed record Result(QuizDefinition Settings, IReadOnlyDictionary<string, string> Errors);

    public static Result Read(IFormCollection form, Guid? key)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        int? Number(string field, bool optional, int fallback)
        {
            var text = form[field].ToString().Trim();
            if (text.Length == 0)
            {
                if (!optional)
                {
                    errors[field] = "Write a whole number.";
                }

                return optional ? null : fallback;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.CurrentCulture, out var value) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
            {
                return value;
            }

            errors[field] = "Write a whole number.";
            return optional ? null : fallback;
        }

        var draws = new List<DrawDefinition>();
        for (var i = 0; i < 50 && form.ContainsKey($"draw-category-{i}"); i++)
        {
            var category = form[$"draw-category-{i}"].ToString().Trim();
            if (category.Length == 0)
            {
                continue;
            }

            draws.Add(new DrawDefinition(category, Number($"draw-count-{i}", optional: false, 0) ?? 0));
        }

        var settings = new QuizDefinition(
            key,
            form["title"].ToString(),
            Number("passPercent", optional: false, 70) ?? 70,
            Number("maxAttempts", optional: true, 0),
            Number("timeLimitMinutes", optional: true, 0),
            Enum.TryParse<GradingMethod>(form["grading"], out var grading) && Enum.IsDefined(grading) ? grading : GradingMethod.Highest,
            form["shuffle"] == "true",
            Enum.TryParse<ReviewPolicy>(form["review"], out var review) && Enum.IsDefined(review) ? review : ReviewPolicy.AfterEachAttempt,
            Number("questionsPerPage", optional: false, 1) ?? 1,
            [],
            draws);
        return new Result(settings, errors);
    }
}
