using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;

namespace InnovationAcademy.Quizzes.Recipes;

/// <summary>
/// A module of the <c>Courses</c> step may carry <c>"quiz": { "key", "title", "passPercent", "maxAttempts",
/// "timeLimitMinutes", "grading": "highest|last|average", "shuffle", "review": "afterEachAttempt|afterPassing|never",
/// "questionsPerPage", "draw": [ { "category", "count" } ], "questions": [ { "key", "category", "kind": "single|multiple|truefalse|short|numeric|matching", "text",
/// "feedback", "partialCredit", "ignoreCase", "ignoreAccents", "correct" (true/false), "options": [ { "text",
/// "correct", "feedback", "match" } ], "answers": [], "tolerance" } ] }</c>.
/// </summary>
public sealed class QuizRecipeHandler(QuizStore store, QuizAttempts attempts) : ICourseModuleRecipeHandler
{
    public async Task ImportAsync(Course course, Guid moduleKey, JsonObject item, string label, CancellationToken cancellationToken)
    {
        if (item["quiz"] is not JsonObject quiz)
        {
            return;
        }

        var definition = Read(quiz, label + ", quiz");
        var errors = QuizValidator.Validate(definition);
        if (errors.Count > 0)
        {
            throw new RecipeItemException(label + ", quiz, " + errors[0].Where, errors[0].Message);
        }

        var (saved, existed) = await store.SaveAsync(course.Id, moduleKey, definition, cancellationToken);
        if (existed)
        {
            // Questions may have changed: earlier attempts are graded by the quiz as it is now.
            await attempts.RegradeAsync(saved, cancellationToken);
        }
    }

    public async Task ExportAsync(Course course, Guid moduleKey, JsonObject item, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(course.Id, moduleKey, cancellationToken) is { } quiz)
        {
            item["quiz"] = Write(quiz);
        }
    }

    private static QuizDefinition Read(JsonObject quiz, string label)
    {
        var questions = quiz["questions"] switch
        {
            null => [],
            JsonArray array => array.Select((node, i) => ReadQuestion(node as JsonObject ?? throw new RecipeItemException($"{label}, question {i + 1}", "must be an object."), $"{label}, question {i + 1}")).ToList(),
            _ => throw new RecipeItemException(label, "\"questions\" must be an array."),
        };
        return new QuizDefinition(
            Guid(quiz, label),
            RecipeStepContext.OptionalString(quiz, "title", label) ?? "",
            RecipeStepContext.OptionalInt(quiz, "passPercent", label) ?? 70,
            RecipeStepContext.OptionalInt(quiz, "maxAttempts", label),
            RecipeStepContext.OptionalInt(quiz, "timeLimitMinutes", label),
            Enum<GradingMethod>(quiz, "grading", label) ?? GradingMethod.Highest,
            RecipeStepContext.OptionalBool(quiz, "shuffle", label) ?? false,
            Enum<ReviewPolicy>(quiz, "review", label) ?? ReviewPolicy.AfterEachAttempt,
            RecipeStepContext.OptionalInt(quiz, "questionsPerPage", label) ?? 1,
            questions,
            ReadDraws(quiz, label));
    }

    private static List<DrawDefinition> ReadDraws(JsonObject quiz, string label) => quiz["draw"] switch
    {
        null => [],
        JsonArray array => array.Select((node, i) => node is JsonObject draw
            ? new DrawDefinition(RecipeStepContext.RequiredString(draw, "category", $"{label}, draw {i + 1}"), RecipeStepContext.OptionalInt(draw, "count", $"{label}, draw {i + 1}") ?? 1)
            : throw new RecipeItemException($"{label}, draw {i + 1}", "must be an object.")).ToList(),
        _ => throw new RecipeItemException(label, "\"draw\" must be an array of { \"category\", \"count\" }."),
    };

    private static QuestionDefinition ReadQuestion(JsonObject question, string label)
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
            Guid(question, label),
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

    private static JsonObject Write(Quiz quiz) => new()
    {
        ["key"] = quiz.Key.ToString(),
        ["title"] = quiz.Title,
        ["passPercent"] = quiz.PassPercent,
        ["maxAttempts"] = quiz.MaxAttempts,
        ["timeLimitMinutes"] = quiz.TimeLimitMinutes,
        ["grading"] = JsonNamingPolicy.CamelCase.ConvertName(quiz.Grading.ToString()),
        ["shuffle"] = quiz.ShuffleOptions,
        ["review"] = JsonNamingPolicy.CamelCase.ConvertName(quiz.Review.ToString()),
        ["questionsPerPage"] = quiz.QuestionsPerPage,
        ["draw"] = new JsonArray(quiz.Draws.Select(d => (JsonNode)new JsonObject { ["category"] = d.Category, ["count"] = d.Count }).ToArray()),
        ["questions"] = new JsonArray(quiz.Questions.OrderBy(q => q.Position).Select(q => (JsonNode)new JsonObject
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
        }).ToArray()),
    };

    private static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        QuestionKind.ShortAnswer => "short",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static Guid? Guid(JsonObject item, string label) =>
        RecipeStepContext.OptionalString(item, "key", label) is { } key
            ? System.Guid.TryParse(key, out var guid) ? guid : throw new RecipeItemException(label, "\"key\" must be a GUID.")
            : null;

    private static T? Enum<T>(JsonObject item, string property, string label)
        where T : struct, System.Enum =>
        RecipeStepContext.OptionalString(item, property, label) is { } text
            ? System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _) ? parsed
                : throw new RecipeItemException(label, $"\"{property}\" must be one of {string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.")
            : null;
}
