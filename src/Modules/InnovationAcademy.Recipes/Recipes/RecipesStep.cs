using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Recipes.Recipes;

/// <summary>
/// <c>{ "name": "Recipes", "recipes": [ "name", … ] }</c>: runs shipped recipes by name inside this one, in the same
/// transaction, so a setup recipe can bring several course recipes along. Nesting is limited to stop a recipe
/// that includes itself. The executor is taken from the scope when the step runs: it lists this handler itself.
/// </summary>
internal sealed class RecipesStep(IRecipeHarvester harvester, IServiceProvider services) : IRecipeStepHandler
{
    private const int MaxDepth = 4;
    private int _depth;

    public string StepName => "Recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (_depth >= MaxDepth)
        {
            throw new RecipeItemException("recipes", $"recipes include each other more than {MaxDepth} levels deep (does one include itself?).");
        }

        foreach (var name in RecipeStepContext.Strings(context.Step, "recipes", "recipes"))
        {
            var recipe = await harvester.FindAsync(name, cancellationToken)
                ?? throw new RecipeItemException($"recipe '{name}'", "no shipped recipe has this name.");
            _depth++;
            try
            {
                await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken: cancellationToken);
            }
            catch (RecipeException ex)
            {
                throw new RecipeItemException($"recipe '{name}'", ex.Message);
            }
            finally
            {
                _depth--;
            }
        }
    }
}
