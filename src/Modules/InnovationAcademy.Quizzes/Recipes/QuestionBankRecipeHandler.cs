using System.Text.Json.Nodes;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Quizzes.Services;

namespace InnovationAcademy.Quizzes.Recipes;

/// <summary>
/// A course item of the <c>Courses</c> step may carry <c>"questionBank": [ question, … ]</c> (as in a quiz, see
/// <see cref="QuestionJson"/>): questions no quiz asks every time, drawn by the quizzes that draw their category.
/// Course items are read before their modules, so the modules' quizzes can draw from this bank. Importing adds and
/// updates; it never removes a bank question that earlier attempts may have asked.
/// </summary>
internal sealed class QuestionBankRecipeHandler(QuestionBank bank) : ICourseRecipeHandler
{
    public async Task ImportAsync(CourseRef course, JsonObject item, string label, CancellationToken cancellationToken)
    {
        if (item["questionBank"] is null)
        {
            return;
        }

        if (item["questionBank"] is not JsonArray array)
        {
            throw new RecipeItemException(label, "\"questionBank\" must be an array of questions.");
        }

        var questions = array.Select((node, i) =>
        {
            var where = $"{label}, question bank, question {i + 1}";
            var question = QuestionJson.Read(node as JsonObject ?? throw new RecipeItemException(where, "must be an object."), where);
            return QuizValidator.Check(question) is { } problem ? throw new RecipeItemException(where, problem) : question;
        }).ToList();
        await bank.ImportAsync(course.Id, questions, cancellationToken);
    }

    public async Task ExportAsync(CourseRef course, JsonObject item, CancellationToken cancellationToken)
    {
        var questions = await bank.BankOnlyAsync(course.Id, cancellationToken);
        if (questions.Count > 0)
        {
            item["questionBank"] = new JsonArray(questions.Select(q => (JsonNode)QuestionJson.Write(q)).ToArray());
        }
    }
}
