using System.Text.Json;
using System.Text.Json.Nodes;

namespace InnovationAcademy.Core.Recipes;

/// <summary>Reads a recipe file into a <see cref="RecipeDescriptor"/>, rejecting a malformed envelope clearly.</summary>
public static class RecipeReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <param name="basePath">The recipe file's folder, for steps that read files beside it.</param>
    public static RecipeDescriptor Parse(string json, string source = "", string? basePath = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"{Prefix(source)}is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).", ex);
        }

        if (root is not JsonObject envelope)
        {
            throw new RecipeException($"{Prefix(source)}must be a JSON object with \"name\" and \"steps\".");
        }

        var name = envelope["name"]?.GetValueKind() == JsonValueKind.String ? envelope["name"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RecipeException($"{Prefix(source)}has no \"name\".");
        }

        if (envelope["steps"] is not JsonArray stepsArray)
        {
            throw new RecipeException($"{Prefix(source)}has no \"steps\" array.");
        }

        var steps = new List<JsonObject>(stepsArray.Count);
        for (var i = 0; i < stepsArray.Count; i++)
        {
            if (stepsArray[i] is not JsonObject step || step["name"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new RecipeException($"{Prefix(source)}step {i + 1} must be an object with a \"name\".");
            }

            steps.Add(step);
        }

        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = Text(envelope, "displayName") ?? name,
            Description = Text(envelope, "description") ?? "",
            Author = Text(envelope, "author") ?? "",
            Version = Text(envelope, "version") ?? "",
            IsSetupRecipe = envelope["issetuprecipe"]?.GetValueKind() == JsonValueKind.True,
            Categories = Strings(envelope, "categories"),
            Tags = Strings(envelope, "tags"),
            Variables = envelope["variables"] as JsonObject ?? [],
            Steps = steps,
            Source = source,
            BasePath = basePath,
        };
    }

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path), Path.GetDirectoryName(Path.GetFullPath(path)));

    private static string Prefix(string source) => string.IsNullOrEmpty(source) ? "The recipe " : $"The recipe {source} ";

    private static string? Text(JsonObject envelope, string property) =>
        envelope[property]?.GetValueKind() == JsonValueKind.String ? envelope[property]!.GetValue<string>() : null;

    private static List<string> Strings(JsonObject envelope, string property) =>
        envelope[property] is JsonArray array
            ? array.Where(n => n?.GetValueKind() == JsonValueKind.String).Select(n => n!.GetValue<string>()).ToList()
            : [];
}
