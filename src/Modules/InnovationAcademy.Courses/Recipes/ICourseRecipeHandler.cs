using System.Text.Json.Nodes;
using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Courses.Recipes;

/// <summary>
/// Lets another module keep its own data in a course item of the <c>Courses</c> step (the final assignment), as
/// <see cref="ICourseModuleRecipeHandler"/> does for modules.
/// </summary>
public interface ICourseRecipeHandler
{
    Task ImportAsync(CourseRef course, JsonObject item, string label, CancellationToken cancellationToken);

    Task ExportAsync(CourseRef course, JsonObject item, CancellationToken cancellationToken);
}
