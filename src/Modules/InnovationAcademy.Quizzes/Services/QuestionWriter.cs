using InnovationAcademy.Quizzes.Models;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Writes a question definition onto a stored question. Options still there keep their keys (matched by text), so
/// that answers given earlier, which name options by key, mean the same thing after the edit.
/// </summary>
internal static class QuestionWriter
{
    public static void Apply(Question question, QuestionDefinition given)
    {
        question.Kind = given.Kind;
        question.Text = given.Text.Trim();
        question.Feedback = given.Feedback.Trim();
        question.PartialCredit = given.PartialCredit;
        question.IgnoreCase = given.IgnoreCase;
        question.IgnoreAccents = given.IgnoreAccents;
        question.Answers = given.Answers.Select(a => a.Trim()).ToList();
        question.Tolerance = given.Tolerance;
        question.Category = string.IsNullOrWhiteSpace(given.Category) ? null : given.Category.Trim();
        MergeOptions(question, given.Options);
    }

    private static void MergeOptions(Question question, IReadOnlyList<OptionDefinition> options)
    {
        var kept = new List<QuestionOption>();
        for (var i = 0; i < options.Count; i++)
        {
            var given = options[i];
            var option = question.Options.FirstOrDefault(o => o.Text == given.Text.Trim() && !kept.Contains(o))
                ?? new QuestionOption { Key = Guid.NewGuid(), Text = "" };
            option.Position = i;
            option.Text = given.Text.Trim();
            option.Correct = given.Correct;
            option.Feedback = given.Feedback.Trim();
            option.Match = given.Match?.Trim();
            if (!question.Options.Contains(option))
            {
                question.Options.Add(option);
            }

            kept.Add(option);
        }

        foreach (var gone in question.Options.Except(kept).ToList())
        {
            question.Options.Remove(gone);
        }
    }
}
