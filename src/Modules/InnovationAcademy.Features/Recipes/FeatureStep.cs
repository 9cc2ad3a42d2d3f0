using System.Text.Json.Nodes;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Recipes;

namespace InnovationAcademy.Features.Recipes;

/// <summary><c>{ "name": "Feature", "enable": [ids], "disable": [ids] }</c>; enabling brings dependencies along.</summary>
internal sealed class FeatureStep(IFeatureManager features, ModuleCatalog catalog) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Feature";

    public int Order => 0;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enable = RecipeStepContext.Strings(context.Step, "enable", "enable");
        var disable = RecipeStepContext.Strings(context.Step, "disable", "disable");
        foreach (var id in enable.Concat(disable))
        {
            if (catalog.Find(id) is null)
            {
                throw new RecipeItemException($"feature '{id}'", "no installed module has this id.");
            }
        }

        await features.EnableAsync(enable, cancellationToken);
        if (disable.Count > 0)
        {
            await features.DisableAsync(disable, cancellationToken);
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var module in catalog.Modules.Where(m => enabled.Contains(m.Id) && !m.AlwaysEnabled))
        {
            list.Add(module.Id);
        }

        context.AddStep(StepName, new JsonObject { ["enable"] = list });
    }
}
