using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InnovationAcademy.Core.Recipes;

/// <summary>
/// Replaces Orchard Core's recipe tokens in string values: <c>[js: variables('name')]</c> takes a value from
/// the recipe's <c>variables</c>, <c>[js: parameters('name')]</c> one given by whoever runs the recipe
/// (setup passes <c>SiteName</c>, <c>AdminEmail</c>). Only these two forms are understood; no script runs.
/// </summary>
public static partial class RecipeVariables
{
    [GeneratedRegex(@"\[js:\s*(variables|parameters)\(\s*'([^']+)'\s*\)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static JsonObject Resolve(JsonObject step, JsonObject variables, IReadOnlyDictionary<string, string> parameters, string stepLabel)
    {
        var copy = (JsonObject)step.DeepClone();
        ResolveNode(copy, variables, parameters, stepLabel);
        return copy;
    }

    private static void ResolveNode(JsonNode node, JsonObject variables, IReadOnlyDictionary<string, string> parameters, string stepLabel)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = Replace(leaf.GetValue<string>(), variables, parameters, stepLabel);
                    }
                    else if (value is not null)
                    {
                        ResolveNode(value, variables, parameters, stepLabel);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.GetValueKind() == JsonValueKind.String)
                    {
                        array[i] = Replace(leaf.GetValue<string>(), variables, parameters, stepLabel);
                    }
                    else if (array[i] is { } child)
                    {
                        ResolveNode(child, variables, parameters, stepLabel);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, JsonObject variables, IReadOnlyDictionary<string, string> parameters, string stepLabel)
    {
        if (!text.Contains("[js:", StringComparison.Ordinal))
        {
            return text;
        }

        return TokenPattern().Replace(text, match =>
        {
            var name = match.Groups[2].Value;
            if (match.Groups[1].Value == "parameters")
            {
                return parameters.TryGetValue(name, out var parameter)
                    ? parameter
                    : throw new RecipeException($"{stepLabel}: the parameter '{name}' was not given.");
            }

            var variable = variables[name];
            return variable?.GetValueKind() == JsonValueKind.String
                ? Replace(variable.GetValue<string>(), [], parameters, stepLabel)
                : variable?.ToJsonString() ?? throw new RecipeException($"{stepLabel}: the recipe has no variable '{name}'.");
        });
    }
}
