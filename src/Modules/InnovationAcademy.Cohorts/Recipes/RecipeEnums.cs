using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;

namespace InnovationAcademy.Cohorts.Recipes;

/// <summary>Enumerations as recipes write them: camel-case names ("smartphoneOnly"), read without regard to case.</summary>
internal static class RecipeEnums
{
    public static T? Optional<T>(JsonObject item, string property, string label)
        where T : struct, Enum =>
        RecipeStepContext.OptionalString(item, property, label) is { } text
            ? Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value
                : throw new RecipeItemException(label, $"\"{property}\" must be one of {string.Join(", ", Enum.GetValues<T>().Select(Name))}.")
            : null;

    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
