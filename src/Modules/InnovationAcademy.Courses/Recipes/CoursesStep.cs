using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Features;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Courses.Recipes;

/// <summary>
/// <c>{ "name": "Courses", "courses": [ { "slug", "title", "summary", "language", "hours", "topics", "level",
/// "prerequisites", "coverImageUrl", "published", "modules": [ { "title", "key", "lessons": [ { "title", "kind",
/// "body", "videoUrl", "captionsUrl", "transcript", "resourceUrl", "minutes", "key" } ] } ] } ] }</c>.
/// An existing slug gets a new version. Export writes each course's published version and, when newer, its draft.
/// </summary>
internal sealed class CoursesStep(CourseStore store, Core.Data.AcademyDbContext db, IEnumerable<ICourseModuleRecipeHandler> allModuleHandlers,
    IEnumerable<ICourseRecipeHandler> allCourseHandlers, IEnabledExtensions enabled, Core.Caching.ISignal signal) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Courses";

    public int Order => 100;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var courses = context.Items("courses");
        for (var i = 0; i < courses.Count; i++)
        {
            var definition = Read(courses[i], i);
            var errors = await store.SaveAsync(definition, SavedBy.Recipe(context.Recipe.Name), "", cancellationToken);
            if (errors.Count > 0)
            {
                throw new RecipeItemException(errors[0].Where, errors[0].Message + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : ""));
            }

            await ImportExtrasAsync(definition.Slug, courses[i], cancellationToken);
        }

        // Later steps (enrolments' progress) read the outlines: none kept from before the import may answer them.
        signal.SignalToken(CourseCatalog.PublishedSignal);
    }

    /// <summary>Hands the course item and each module item to the modules that keep data in them (assignment, quizzes).</summary>
    private async Task ImportExtrasAsync(string slug, JsonObject item, CancellationToken cancellationToken)
    {
        // Only enabled modules keep data: a switched-off module's part of the recipe is left alone.
        var courseHandlers = await enabled.FilterAsync(allCourseHandlers, cancellationToken);
        var moduleHandlers = await enabled.FilterAsync(allModuleHandlers, cancellationToken);
        if (moduleHandlers.Count == 0 && courseHandlers.Count == 0)
        {
            return;
        }

        var saved = await db.Set<CourseVersion>().Include(v => v.Course).Include(v => v.Modules)
            .FirstAsync(v => v.Course.Slug == slug && v.Latest, cancellationToken);
        var course = RefOf(saved);
        foreach (var handler in courseHandlers)
        {
            await handler.ImportAsync(course, item, $"course '{slug}'", cancellationToken);
        }

        if (item["modules"] is not JsonArray items)
        {
            return;
        }

        var modules = saved.Modules.OrderBy(m => m.Position).ToList();
        for (var m = 0; m < items.Count && m < modules.Count; m++)
        {
            foreach (var handler in moduleHandlers)
            {
                await handler.ImportAsync(course, modules[m].Key, (JsonObject)items[m]!, $"course '{slug}', module {m + 1}", cancellationToken);
            }
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var courseHandlers = await enabled.FilterAsync(allCourseHandlers, cancellationToken);
        var moduleHandlers = await enabled.FilterAsync(allModuleHandlers, cancellationToken);
        var versions = await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.Published || v.Latest)
            .Include(v => v.Course)
            .Include(v => v.Modules.OrderBy(m => m.Position)).ThenInclude(m => m.Lessons.OrderBy(l => l.Position))
            .AsSplitQuery()
            .OrderBy(v => v.Course.Slug).ThenBy(v => v.Number)
            .ToListAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var version in versions)
        {
            var item = Write(version);
            foreach (var handler in courseHandlers)
            {
                await handler.ExportAsync(RefOf(version), item, cancellationToken);
            }

            var modules = item["modules"]!.AsArray();
            for (var m = 0; m < version.Modules.Count; m++)
            {
                foreach (var handler in moduleHandlers)
                {
                    await handler.ExportAsync(RefOf(version), version.Modules[m].Key, modules[m]!.AsObject(), cancellationToken);
                }
            }

            list.Add(item);
        }

        context.AddStep(StepName, new JsonObject { ["courses"] = list });
    }

    private static CourseDefinition Read(JsonObject item, int index)
    {
        var slug = RecipeStepContext.RequiredString(item, "slug", $"course {index + 1}");
        var label = $"course '{slug}'";
        var modules = item["modules"] switch
        {
            null => [],
            JsonArray array => array.Select((node, m) => ReadModule(node as JsonObject ?? throw new RecipeItemException($"{label}, module {m + 1}", "must be an object."), $"{label}, module {m + 1}")).ToList(),
            _ => throw new RecipeItemException(label, "\"modules\" must be an array."),
        };
        return new CourseDefinition(
            slug,
            RecipeStepContext.RequiredString(item, "title", label),
            RecipeStepContext.OptionalString(item, "summary", label) ?? "",
            RecipeStepContext.OptionalString(item, "language", label) ?? "es",
            RecipeStepContext.OptionalDecimal(item, "hours", label) ?? 0,
            RecipeStepContext.Strings(item, "topics", label),
            RecipeStepContext.OptionalString(item, "level", label) ?? "",
            RecipeStepContext.OptionalString(item, "prerequisites", label) ?? "",
            RecipeStepContext.OptionalString(item, "coverImageUrl", label),
            RecipeStepContext.OptionalBool(item, "published", label) ?? false,
            modules);
    }

    private static ModuleDefinition ReadModule(JsonObject module, string label)
    {
        var lessons = module["lessons"] switch
        {
            null => [],
            JsonArray array => array.Select((node, l) => ReadLesson(node as JsonObject ?? throw new RecipeItemException($"{label}, lesson {l + 1}", "must be an object."), $"{label}, lesson {l + 1}")).ToList(),
            _ => throw new RecipeItemException(label, "\"lessons\" must be an array."),
        };
        return new ModuleDefinition(RecipeStepContext.OptionalString(module, "title", label) ?? "", lessons, ReadKey(module, label));
    }

    private static Guid? ReadKey(JsonObject item, string label)
    {
        var key = RecipeStepContext.OptionalString(item, "key", label);
        return key is null ? null
            : Guid.TryParse(key, out var guid) ? guid : throw new RecipeItemException(label, "\"key\" must be a GUID.");
    }

    private static LessonDefinition ReadLesson(JsonObject lesson, string label)
    {
        var parsedKey = ReadKey(lesson, label);
        return new LessonDefinition(
            RecipeStepContext.OptionalString(lesson, "title", label) ?? "",
            RecipeStepContext.OptionalString(lesson, "kind", label) ?? "",
            RecipeStepContext.OptionalString(lesson, "body", label) ?? "",
            RecipeStepContext.OptionalString(lesson, "videoUrl", label),
            RecipeStepContext.OptionalString(lesson, "captionsUrl", label),
            RecipeStepContext.OptionalString(lesson, "transcript", label) ?? "",
            RecipeStepContext.OptionalString(lesson, "resourceUrl", label),
            (int)(RecipeStepContext.OptionalDecimal(lesson, "minutes", label) ?? 0),
            parsedKey);
    }

    private static JsonObject Write(CourseVersion version)
    {
        var topics = new JsonArray();
        foreach (var topic in version.Topics)
        {
            topics.Add(topic);
        }

        var modules = new JsonArray();
        foreach (var module in version.Modules)
        {
            var lessons = new JsonArray();
            foreach (var lesson in module.Lessons)
            {
                lessons.Add(new JsonObject
                {
                    ["key"] = lesson.Key.ToString(),
                    ["title"] = lesson.Title,
                    ["kind"] = lesson.Kind.ToString().ToLowerInvariant(),
                    ["body"] = lesson.Body,
                    ["videoUrl"] = lesson.VideoUrl,
                    ["captionsUrl"] = lesson.CaptionsUrl,
                    ["transcript"] = lesson.Transcript,
                    ["resourceUrl"] = lesson.ResourceUrl,
                    ["minutes"] = lesson.Minutes,
                });
            }

            modules.Add(new JsonObject { ["key"] = module.Key.ToString(), ["title"] = module.Title, ["lessons"] = lessons });
        }

        return new JsonObject
        {
            ["slug"] = version.Course.Slug,
            ["title"] = version.Title,
            ["summary"] = version.Summary,
            ["language"] = version.Language,
            ["hours"] = version.Hours,
            ["topics"] = topics,
            ["level"] = version.Level,
            ["prerequisites"] = version.Prerequisites,
            ["coverImageUrl"] = version.CoverImageUrl,
            ["published"] = version.Published,
            ["modules"] = modules,
        };
    }

    private static CourseRef RefOf(CourseVersion version) => new(version.CourseId, version.Course.Slug, version.Title, version.Published);
}
