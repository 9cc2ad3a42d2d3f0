namespace InnovationAcademy.Core.Recipes;

public interface IRecipeExecutor
{
    /// <summary>
    /// Runs every step in one database transaction. On any failure nothing is kept and a
    /// <see cref="RecipeException"/> names the step index, step name and item.
    /// </summary>
    Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default);
}
