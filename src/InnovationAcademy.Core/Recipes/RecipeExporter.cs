using System.Text.Json.Nodes;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;

namespace InnovationAcademy.Core.Recipes;

internal sealed class RecipeExporter(
    IEnumerable<IRecipeExportSource> sources,
    ModuleCatalog modules,
    IFeatureManager features,
    TimeProvider clock) : IRecipeExporter
{
    public async Task<JsonObject> ExportAsync(string name, CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var context = new RecipeExportContext();
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            if (modules.FindByType(source.GetType()) is { } module && !enabled.Contains(module.Id))
            {
                continue;
            }

            await source.ExportAsync(context, cancellationToken);
        }

        var steps = new JsonArray();
        foreach (var step in context.Steps)
        {
            steps.Add(step);
        }

        return new JsonObject
        {
            ["name"] = name,
            ["displayName"] = name,
            ["description"] = $"Exported on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC",
            ["author"] = "",
            ["version"] = "1.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = steps,
        };
    }
}
