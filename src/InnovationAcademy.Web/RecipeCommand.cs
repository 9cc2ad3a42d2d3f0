using System.Text.Json;
using InnovationAcademy.Core.Recipes;

namespace InnovationAcademy.Web;

/// <summary><c>recipe run &lt;file&gt;</c> and <c>recipe export &lt;file&gt;</c> from the command line.</summary>
public static class RecipeCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(IServiceProvider services, RecipeCommandArguments arguments, TextWriter output, TextWriter error)
    {
        if (arguments.File.Length == 0 || arguments.Verb is not ("run" or "export"))
        {
            await error.WriteLineAsync("usage: recipe run <file> | recipe export <file>");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        try
        {
            if (arguments.Verb == "run")
            {
                if (!File.Exists(arguments.File))
                {
                    await error.WriteLineAsync($"No such file: {arguments.File}");
                    return 1;
                }

                var recipe = await RecipeReader.ReadFileAsync(arguments.File);
                await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
                await output.WriteLineAsync($"Recipe '{recipe.Name}' ran: {recipe.Steps.Count} steps.");
            }
            else
            {
                var exported = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(Path.GetFileNameWithoutExtension(arguments.File).Replace(".recipe", "", StringComparison.Ordinal));
                await File.WriteAllTextAsync(arguments.File, exported.ToJsonString(Indented));
                await output.WriteLineAsync($"Site exported to {arguments.File}.");
            }

            return 0;
        }
        catch (RecipeException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
