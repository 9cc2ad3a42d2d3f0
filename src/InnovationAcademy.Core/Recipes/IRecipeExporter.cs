using System.Text.Json.Nodes;

namespace InnovationAcademy.Core.Recipes;

public interface IRecipeExporter
{
    /// <summary>The site's content as a recipe that imports into an empty site to the same content.</summary>
    Task<JsonObject> ExportAsync(string name, CancellationToken cancellationToken = default);
}
