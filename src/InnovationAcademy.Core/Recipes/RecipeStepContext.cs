using System.Text.Json;
using System.Text.Json.Nodes;

namespace InnovationAcademy.Core.Recipes;

/// <summary>One step being run, with helpers that reject missing or mistyped fields by name.</summary>
public sealed class RecipeStepContext(RecipeDescriptor recipe, int stepIndex, JsonObject step)
{
    public RecipeDescriptor Recipe { get; } = recipe;

    /// <summary>1-based position of the step in the recipe.</summary>
    public int StepIndex { get; } = stepIndex;

    public JsonObject Step { get; } = step;

    /// <summary>The step's array property <paramref name="name"/> of objects (empty when absent).</summary>
    public IReadOnlyList<JsonObject> Items(string name)
    {
        var node = Step[name];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw new RecipeItemException(name, $"\"{name}\" must be an array.");
        }

        return array.Select((item, i) => item as JsonObject
            ?? throw new RecipeItemException($"{name}[{i + 1}]", "must be an object.")).ToList();
    }

    public static string RequiredString(JsonObject item, string property, string itemLabel) =>
        OptionalString(item, property, itemLabel) is { Length: > 0 } value
            ? value
            : throw new RecipeItemException(itemLabel, $"missing field \"{property}\".");

    public static string? OptionalString(JsonObject item, string property, string itemLabel)
    {
        var node = item[property];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>().Trim()
            : throw new RecipeItemException(itemLabel, $"field \"{property}\" must be a string.");
    }

    public static bool? OptionalBool(JsonObject item, string property, string itemLabel) =>
        item[property]?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RecipeItemException(itemLabel, $"field \"{property}\" must be true or false."),
        };

    /// <summary>A whole number, or null when the field is absent.</summary>
    public static int? OptionalInt(JsonObject item, string property, string itemLabel) => item[property] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        _ => throw new RecipeItemException(itemLabel, $"field \"{property}\" must be a whole number."),
    };

    /// <summary>A number, written as a JSON number or as a string in invariant form ("22.5"); null when absent.</summary>
    public static decimal? OptionalDecimal(JsonObject item, string property, string itemLabel) => item[property] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<decimal>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new RecipeItemException(itemLabel, $"field \"{property}\" must be a number."),
    };

    public static IReadOnlyList<string> Strings(JsonObject item, string property, string itemLabel) =>
        item[property] switch
        {
            null => [],
            JsonArray array => array.Select(n => n?.GetValueKind() == JsonValueKind.String
                ? n.GetValue<string>().Trim()
                : throw new RecipeItemException(itemLabel, $"\"{property}\" must be a list of strings.")).ToList(),
            _ => throw new RecipeItemException(itemLabel, $"\"{property}\" must be a list of strings."),
        };
}
