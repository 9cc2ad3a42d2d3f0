using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class RecipeReaderTests
{
    [Fact]
    public void Reads_the_orchard_envelope()
    {
        var recipe = RecipeReader.Parse("""
            {
              // comments and trailing commas are tolerated, as hand-written recipes have them
              "name": "thinkia", "displayName": "Thinkia MOOC", "description": "d", "author": "a", "version": "2.0",
              "issetuprecipe": true, "categories": ["mooc"], "tags": ["es", "gov"],
              "variables": { "now": "2026-01-01" },
              "steps": [ { "name": "Feature", "enable": [] }, { "name": "Settings" }, ],
            }
            """, "thinkia.recipe.json");
        Assert.Equal("thinkia", recipe.Name);
        Assert.Equal("Thinkia MOOC", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["es", "gov"], recipe.Tags);
        Assert.Equal(["Feature", "Settings"], recipe.Steps.Select(s => s["name"]!.GetValue<string>()));
        Assert.Equal("2026-01-01", recipe.Variables["now"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"steps\": [ }", "is not valid JSON (line 1")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{ \"steps\": [] }", "has no \"name\"")]
    [InlineData("{ \"name\": \"x\" }", "has no \"steps\" array")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"A\" }, { \"enable\": [] } ] }", "step 2 must be an object with a \"name\"")]
    public void Malformed_envelopes_are_refused_with_the_place_at_fault(string json, string expected)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Parse(json, "bad.recipe.json"));
        Assert.Contains("bad.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_and_parameters_are_substituted_in_nested_strings()
    {
        var step = JsonNode.Parse("""{ "name": "Users", "users": [ { "email": "[js: parameters('AdminEmail')]", "password": "[js:variables('pw')]", "n": 3 } ] }""")!.AsObject();
        var variables = JsonNode.Parse("""{ "pw": "secreto-1" }""")!.AsObject();
        var resolved = RecipeVariables.Resolve(step, variables, new Dictionary<string, string> { ["AdminEmail"] = "a@b.c" }, "Step 1");
        var user = resolved["users"]![0]!;
        Assert.Equal("a@b.c", user["email"]!.GetValue<string>());
        Assert.Equal("secreto-1", user["password"]!.GetValue<string>());
        Assert.Equal("[js: parameters('AdminEmail')]", step["users"]![0]!["email"]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_variable_names_the_step()
    {
        var step = JsonNode.Parse("""{ "name": "Settings", "siteName": "[js: variables('missing')]" }""")!.AsObject();
        var error = Assert.Throws<RecipeException>(() => RecipeVariables.Resolve(step, [], new Dictionary<string, string>(), "Step 4 (\"Settings\")"));
        Assert.Equal("Step 4 (\"Settings\"): the recipe has no variable 'missing'.", error.Message);
    }
}
