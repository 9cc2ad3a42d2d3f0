using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Assignments.Services;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Recipes;

namespace InnovationAcademy.Assignments.Recipes;

/// <summary>
/// A course item of the <c>Courses</c> step may carry <c>"assignment": { "title", "instructions" (Markdown),
/// "dueUtc", "maxFileMegabytes", "maxFiles", "blind", "secondReviewer", "rubric": [ { "title", "description", "levels": [ … ] } ] }</c>;
/// without a rubric the assignment is pass/fail.
/// </summary>
internal sealed class AssignmentRecipeHandler(AssignmentService assignments) : ICourseRecipeHandler
{
    public async Task ImportAsync(CourseRef course, JsonObject item, string label, CancellationToken cancellationToken)
    {
        if (item["assignment"] is not JsonObject assignment)
        {
            return;
        }

        label += ", assignment";
        var title = RecipeStepContext.OptionalString(assignment, "title", label) ?? "";
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
        {
            throw new RecipeItemException(label, "\"title\" is required, at most 200 characters.");
        }

        var rubric = assignment["rubric"] switch
        {
            null => [],
            JsonArray array => array.Select((node, i) =>
            {
                var criterion = node as JsonObject ?? throw new RecipeItemException($"{label}, criterion {i + 1}", "must be an object.");
                var criterionLabel = $"{label}, criterion {i + 1}";
                var levels = RecipeStepContext.Strings(criterion, "levels", criterionLabel);
                if (levels.Count < 2 || levels.Any(string.IsNullOrWhiteSpace))
                {
                    throw new RecipeItemException(criterionLabel, "\"levels\" needs at least two named levels, lowest first.");
                }

                return new CriterionDefinition(
                    RecipeStepContext.RequiredString(criterion, "title", criterionLabel),
                    RecipeStepContext.OptionalString(criterion, "description", criterionLabel) ?? "",
                    levels);
            }).ToList(),
            _ => throw new RecipeItemException(label, "\"rubric\" must be an array."),
        };

        DateTime? due = null;
        if (RecipeStepContext.OptionalString(assignment, "dueUtc", label) is { } dueText)
        {
            due = DateTime.TryParse(dueText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed : throw new RecipeItemException(label, "\"dueUtc\" must be a date such as 2027-03-31T23:59:00Z.");
        }

        var maxMegabytes = RecipeStepContext.OptionalInt(assignment, "maxFileMegabytes", label) ?? 10;
        var maxFiles = RecipeStepContext.OptionalInt(assignment, "maxFiles", label) ?? 3;
        if (maxMegabytes is < 1 or > 50 || maxFiles is < 0 or > 3)
        {
            throw new RecipeItemException(label, "\"maxFileMegabytes\" is from 1 to 50 and \"maxFiles\" from 0 to 3.");
        }

        await assignments.SaveAsync(course.Id, new AssignmentDefinition(
            title,
            RecipeStepContext.OptionalString(assignment, "instructions", label) ?? "",
            due,
            maxMegabytes,
            maxFiles,
            RecipeStepContext.OptionalBool(assignment, "blind", label) ?? false,
            rubric,
            RecipeStepContext.OptionalBool(assignment, "secondReviewer", label) ?? false), cancellationToken);
    }

    public async Task ExportAsync(CourseRef course, JsonObject item, CancellationToken cancellationToken)
    {
        if (await assignments.ForCourseAsync(course.Id, cancellationToken) is not { } assignment)
        {
            return;
        }

        item["assignment"] = new JsonObject
        {
            ["title"] = assignment.Title,
            ["instructions"] = assignment.Instructions,
            ["dueUtc"] = assignment.DueUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["maxFileMegabytes"] = assignment.MaxFileMegabytes,
            ["maxFiles"] = assignment.MaxFiles,
            ["blind"] = assignment.Blind,
            ["secondReviewer"] = assignment.SecondReviewer,
            ["rubric"] = new JsonArray(assignment.Criteria.OrderBy(c => c.Position).Select(c => (JsonNode)new JsonObject
            {
                ["title"] = c.Title,
                ["description"] = c.Description,
                ["levels"] = new JsonArray(c.Levels.Select(l => (JsonNode)l).ToArray()),
            }).ToArray()),
        };
    }

}
