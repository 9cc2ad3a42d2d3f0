using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Recipes;
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
internal sealed class QuizRecipeHandler(QuizStore store, QuizAttempts attempts) : ICourseModuleRecipeHandler
{
    public async Task ImportAsync(CourseRef course, Guid moduleKey, JsonObject item, string label, CancellationToken cancellationToken)
    {
        if (item["quiz"] is not JsonObject quiz)
        {
            return;
        }

        var definition = Read(quiz, label + ", quiz");
        var errors = QuizValidator.Validate(definition, await store.BankOutsideAsync(course.Id, moduleKey, cancellationToken));
        if (errors.Count > 0)
        {
            throw new RecipeItemException(label + ", quiz, " + errors[0].Where, errors[0].Formatted);
        }

        var (saved, existed) = await store.SaveAsync(course.Id, moduleKey, definition, cancellationToken);
        if (existed)
        {
            // Questions may have changed: earlier attempts are graded by the quiz as it is now.
            await attempts.RegradeAsync(saved, cancellationToken);
        }
    }

    public async Task ExportAsync(CourseRef course, Guid moduleKey, JsonObject item, CancellationToken cancellationToken)
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
            JsonArray array => array.Select((node, i) => QuestionJson.Read(node as JsonObject ?? throw new RecipeItemException($"{label}, question {i + 1}", "must be an object."), $"{label}, question {i + 1}")).ToList(),
            _ => throw new RecipeItemException(label, "\"questions\" must be an array."),
        };
        return new QuizDefinition(
            QuestionJson.Key(quiz, label),
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
        ["questions"] = new JsonArray(quiz.Questions.OrderBy(q => q.Position).Select(q => (JsonNode)QuestionJson.Write(q)).ToArray()),
    };

    private static T? Enum<T>(JsonObject item, string property, string label)
        where T : struct, System.Enum =>
        RecipeStepContext.OptionalString(item, property, label) is { } text
            ? System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _) ? parsed
                : throw new RecipeItemException(label, $"\"{property}\" must be one of {string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.")
            : null;
}
