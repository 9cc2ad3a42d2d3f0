using System.Text.Json.Nodes;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Media.Models;
using InnovationAcademy.Media.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Media.Recipes;

/// <summary>
/// <c>{ "name": "Media", "files": [ { "storedName", "name", "path" | "base64" } ] }</c>. <c>path</c> is relative to
/// the recipe file (shipped recipes); <c>base64</c> carries the bytes (uploads and exports). <c>storedName</c> keeps
/// the file's address (<c>/media/{storedName}</c>) so that lessons in the same recipe can point at it.
/// Files are checked like uploads. Written files are not part of the database transaction: if a later step
/// fails, they stay on disk without a record, which is harmless.
/// </summary>
internal sealed class MediaStep(MediaStore store, AcademyDbContext db) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Media";

    public int Order => 90;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var files = context.Items("files");
        for (var i = 0; i < files.Count; i++)
        {
            var item = files[i];
            var label = $"file {i + 1}";
            var name = RecipeStepContext.RequiredString(item, "name", label);
            label = $"file {i + 1} ({name})";
            var storedName = RecipeStepContext.OptionalString(item, "storedName", label);
            await using var content = Open(context.Recipe, item, label);
            var (_, error) = await store.SaveAsync(content, name, content.Length, "recipe", storedName, cancellationToken);
            if (error is not null)
            {
                throw new RecipeItemException(label, error switch
                {
                    "unsupported-type" => $"the type is not accepted ({string.Join(", ", MediaTypes.All.Select(t => t.Extension))}).",
                    "too-large" => "the file is larger than its type allows.",
                    "empty" => "the file is empty.",
                    "bad-stored-name" => "\"storedName\" must be 32 hexadecimal characters and the file's extension.",
                    _ => "the content is not of the type its name says.",
                });
            }
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var file in await db.Set<MediaFile>().AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken))
        {
            var path = store.PathOf(file.StoredName);
            if (path is not null && File.Exists(path))
            {
                list.Add(new JsonObject
                {
                    ["storedName"] = file.StoredName,
                    ["name"] = file.OriginalName,
                    ["base64"] = Convert.ToBase64String(await File.ReadAllBytesAsync(path, cancellationToken)),
                });
            }
        }

        context.AddStep(StepName, new JsonObject { ["files"] = list });
    }

    private static MemoryStream Open(RecipeDescriptor recipe, JsonObject item, string label)
    {
        if (RecipeStepContext.OptionalString(item, "base64", label) is { } base64)
        {
            try
            {
                return new MemoryStream(Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                throw new RecipeItemException(label, "\"base64\" is not valid base64.");
            }
        }

        var relative = RecipeStepContext.OptionalString(item, "path", label)
            ?? throw new RecipeItemException(label, "give \"path\" or \"base64\".");
        if (recipe.BasePath is null)
        {
            throw new RecipeItemException(label, "an uploaded recipe cannot read files by \"path\": give \"base64\".");
        }

        var full = Path.GetFullPath(Path.Combine(recipe.BasePath, relative));
        if (!full.StartsWith(recipe.BasePath + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new RecipeItemException(label, $"no file \"{relative}\" beside the recipe.");
        }

        return new MemoryStream(File.ReadAllBytes(full));
    }
}
