using System.Text.Json.Nodes;
using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Courses.Recipes;

/// <summary>
/// Lets another module keep its own data inside the modules of the <c>Courses</c> step (a quiz), without the
/// Courses module knowing it: called after a course is saved, and when a course is exported.
/// </summary>
public interface ICourseModuleRecipeHandler
{
    /// <summary>
    /// Reads this handler's properties of one module item; <paramref name="moduleKey"/> is the saved module's key.
    /// Throw <see cref="Core.Recipes.RecipeItemException"/> naming <paramref name="label"/> for bad input.
    /// </summary>
    Task ImportAsync(CourseRef course, Guid moduleKey, JsonObject item, string label, CancellationToken cancellationToken);

    /// <summary>Adds this handler's properties to an exported module item.</summary>
    Task ExportAsync(CourseRef course, Guid moduleKey, JsonObject item, CancellationToken cancellationToken);
}
