using InnovationAcademy.Core.Text;
using System.Globalization;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Scores one answer to one question, 0 to 1. Pure and on the server only: the browser sends option keys and
/// texts, never learns which are right before review.
/// </summary>
internal static class QuizGrader
{
    public static decimal Score(Question question, IReadOnlyList<string> values) => question.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.TrueFalse => values.Count == 1 && question.Options.Any(o => o.Correct && o.Key.ToString() == values[0]) ? 1 : 0,
        QuestionKind.MultipleChoice => Multiple(question, values),
        QuestionKind.ShortAnswer => values.Count == 1 && question.Answers.Any(a => Normalize(a, question) == Normalize(values[0], question)) ? 1 : 0,
        QuestionKind.Numeric => values.Count == 1 && ParseNumber(values[0]) is { } given
            && question.Answers.Any(a => decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var right) && Math.Abs(given - right) <= question.Tolerance) ? 1 : 0,
        QuestionKind.Matching => Matching(question, values),
        _ => 0,
    };

    /// <summary>All the right options and none of the wrong ones; with partial credit, right picks minus wrong picks, never below 0.</summary>
    private static decimal Multiple(Question question, IReadOnlyList<string> values)
    {
        var chosen = values.ToHashSet(StringComparer.Ordinal);
        var right = question.Options.Where(o => o.Correct).Select(o => o.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        if (right.Count == 0)
        {
            return 0;
        }

        if (!question.PartialCredit)
        {
            return chosen.SetEquals(right) ? 1 : 0;
        }

        var hits = chosen.Count(right.Contains);
        var misses = chosen.Count(c => !right.Contains(c));
        return Math.Max(0, (hits - misses) / (decimal)right.Count);
    }

    /// <summary>Values are "optionKey=match"; each right pair earns its share.</summary>
    private static decimal Matching(Question question, IReadOnlyList<string> values)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var split = value.IndexOf('=', StringComparison.Ordinal);
            if (split > 0)
            {
                pairs[value[..split]] = value[(split + 1)..];
            }
        }

        var prompts = question.Options.Where(o => o.Match is not null).ToList();
        return prompts.Count == 0 ? 0
            : prompts.Count(o => pairs.TryGetValue(o.Key.ToString(), out var match) && match == o.Match) / (decimal)prompts.Count;
    }

    /// <summary>"3,5" (Spanish) and "3.5" are both three and a half; thousands separators are not guessed at.</summary>
    public static decimal? ParseNumber(string value) => LocalNumber.TryParse(value, out decimal number) ? number : null;

    /// <summary>
    /// Trimmed, inner spaces collapsed, and as the question says: without case, without diacritics. A phone or a
    /// keyboard without Spanish letters writes "diseno" for "diseño": with accents ignored, that is the same answer.
    /// </summary>
    public static string Normalize(string value, Question question)
    {
        var text = string.Join(' ', value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (question.IgnoreCase)
        {
            text = text.ToLowerInvariant();
        }

        if (question.IgnoreAccents)
        {
            text = TextFolding.StripAccents(text);
        }

        return text;
    }
}
