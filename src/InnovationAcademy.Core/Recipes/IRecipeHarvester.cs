namespace InnovationAcademy.Core.Recipes;

/// <summary>The recipes shipped with the site (<c>content-recipes/</c>, or <c>Recipes:Path</c>).</summary>
public interface IRecipeHarvester
{
    Task<IReadOnlyList<RecipeDescriptor>> GetRecipesAsync(CancellationToken cancellationToken = default);

    Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default);
}
