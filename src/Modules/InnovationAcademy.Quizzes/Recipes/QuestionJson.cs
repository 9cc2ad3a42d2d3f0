using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;

namespace InnovationAcademy.Quizzes.Recipes;

/// <summary>
/// One question as recipes write it, in a quiz or in a course's bank: <c>{ "key", "category", "kind":
/// "single|multiple|truefalse|short|numeric|matching", "text", "feedback", "partialCredit", "ignoreCase",
/// "ignoreAccents", "correct" (true/false), "options": [ { "text", "correct", "feedback", "match" } ], "answers": [],
/// "tolerance" }</c>.
/// </summary>
internal static class QuestionJson
{
    public static QuestionDefinition Read(JsonObject question, string label)
    {
        var kind = (RecipeStepContext.OptionalString(question, "kind", label) ?? "").ToLowerInvariant() switch
        {
            "single" => QuestionKind.SingleChoice,
            "multiple" => QuestionKind.MultipleChoice,
            "truefalse" or "true-false" => QuestionKind.TrueFalse,
            "short" => QuestionKind.ShortAnswer,
            "numeric" => QuestionKind.Numeric,
            "matching" => QuestionKind.Matching,
            var other => throw new RecipeItemException(label, $"\"kind\" must be single, multiple, truefalse, short, numeric or matching, not '{other}'."),
        };
        var options = question["options"] switch
        {
            null => [],
            JsonArray array => array.Select((node, i) =>
            {
                var option = node as JsonObject ?? throw new RecipeItemException($"{label}, option {i + 1}", "must be an object.");
                var optionLabel = $"{label}, option {i + 1}";
                return new OptionDefinition(
                    RecipeStepContext.OptionalString(option, "text", optionLabel) ?? "",
                    RecipeStepContext.OptionalBool(option, "correct", optionLabel) ?? false,
                    RecipeStepContext.OptionalString(option, "feedback", optionLabel) ?? "",
                    RecipeStepContext.OptionalString(option, "match", optionLabel));
            }).ToList(),
            _ => throw new RecipeItemException(label, "\"options\" must be an array."),
        };
        if (kind == QuestionKind.TrueFalse && options.Count == 0)
        {
            var correct = RecipeStepContext.OptionalBool(question, "correct", label) ?? throw new RecipeItemException(label, "a true/false question needs \"correct\": true or false.");
            options = [new OptionDefinition("true", correct, "", null), new OptionDefinition("false", !correct, "", null)];
        }

        var answers = question["answers"] switch
        {
            null => [],
            JsonArray array => array.Select(node => node switch
            {
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
                _ => throw new RecipeItemException(label, "\"answers\" must hold texts or numbers."),
            }).ToList(),
            _ => throw new RecipeItemException(label, "\"answers\" must be an array."),
        };
        return new QuestionDefinition(
            Key(question, label),
            kind,
            RecipeStepContext.OptionalString(question, "text", label) ?? "",
            RecipeStepContext.OptionalString(question, "feedback", label) ?? "",
            RecipeStepContext.OptionalBool(question, "partialCredit", label) ?? false,
            RecipeStepContext.OptionalBool(question, "ignoreCase", label) ?? true,
            RecipeStepContext.OptionalBool(question, "ignoreAccents", label) ?? true,
            answers,
            RecipeStepContext.OptionalDecimal(question, "tolerance", label) ?? 0,
            options,
            RecipeStepContext.OptionalString(question, "category", label));
    }

    public static JsonObject Write(Question q) => new()
    {
        ["key"] = q.Key.ToString(),
        ["kind"] = KindName(q.Kind),
        ["text"] = q.Text,
        ["feedback"] = q.Feedback,
        ["partialCredit"] = q.PartialCredit,
        ["ignoreCase"] = q.IgnoreCase,
        ["ignoreAccents"] = q.IgnoreAccents,
        ["answers"] = new JsonArray(q.Answers.Select(a => (JsonNode)a).ToArray()),
        ["tolerance"] = q.Tolerance,
        ["category"] = q.Category,
        ["options"] = new JsonArray(q.Options.OrderBy(o => o.Position).Select(o => (JsonNode)new JsonObject
        {
            ["text"] = o.Text,
            ["correct"] = o.Correct,
            ["feedback"] = o.Feedback,
            ["match"] = o.Match,
        }).ToArray()),
    };

    private static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        QuestionKind.ShortAnswer => "short",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static Guid? Key(JsonObject item, string label) =>
        RecipeStepContext.OptionalString(item, "key", label) is { } key
            ? System.Guid.TryParse(key, out var guid) ? guid : throw new RecipeItemException(label, "\"key\" must be a GUID.")
            : null;
}
