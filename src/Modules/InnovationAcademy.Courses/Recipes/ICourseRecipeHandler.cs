using System.Text.Json.Nodes;
using InnovationAcademy.Courses.Models;

namespace InnovationAcademy.Courses.Recipes;

/// <summary>
/// Lets another module keep its own data in a course item of the <c>Courses</c> step (the final assignment), as
/// <see cref="ICourseModuleRecipeHandler"/> does for modules.
/// </summary>
public interface ICourseRecipeHandler
{
    Task ImportAsync(Course course, JsonObject item, string label, CancellationToken cancellationToken);

    Task ExportAsync(Course course, JsonObject item, CancellationToken cancellationToken);
}
