using System.Text.Json.Nodes;

namespace InnovationAcademy.Core.Recipes;

public sealed class RecipeExportContext
{
    public List<JsonObject> Steps { get; } = [];

    public void AddStep(string name, JsonObject body)
    {
        var step = new JsonObject { ["name"] = name };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            step[key] = value;
        }

        Steps.Add(step);
    }
}
