using System.Text.Json.Nodes;

namespace InnovationAcademy.Core.Recipes;

/// <summary>A recipe file, in Orchard Core's envelope.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string Version { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public JsonObject Variables { get; init; } = [];

    public required IReadOnlyList<JsonObject> Steps { get; init; }

    /// <summary>Where the recipe came from (a file name), for messages.</summary>
    public string Source { get; init; } = "";

    /// <summary>The folder of the recipe file, for steps that read files beside it; null for an upload.</summary>
    public string? BasePath { get; init; }
}
