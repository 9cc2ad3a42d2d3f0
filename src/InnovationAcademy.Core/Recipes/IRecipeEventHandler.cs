namespace InnovationAcademy.Core.Recipes;

/// <summary>Told after a recipe has committed, e.g. to evict caches of what it may have changed.</summary>
public interface IRecipeEventHandler
{
    Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken);
}
