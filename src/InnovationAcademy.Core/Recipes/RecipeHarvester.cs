using Microsoft.Extensions.Configuration;

namespace InnovationAcademy.Core.Recipes;

internal sealed class RecipeHarvester(IConfiguration configuration) : IRecipeHarvester
{
    private string Folder => configuration["Recipes:Path"] is { Length: > 0 } path
        ? path
        : Path.Combine(AppContext.BaseDirectory, "content-recipes");

    public async Task<IReadOnlyList<RecipeDescriptor>> GetRecipesAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var recipes = new List<RecipeDescriptor>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal))
        {
            recipes.Add(await RecipeReader.ReadFileAsync(file, cancellationToken));
        }

        return recipes;
    }

    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetRecipesAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
