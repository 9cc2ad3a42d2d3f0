using System.Text;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

[Trait("Category", "Data")]
public sealed class RecipeTests : IDisposable
{
    private readonly AcademySiteFactory _site = new();

    [Fact]
    public async Task A_recipe_that_fails_half_way_names_the_step_and_item_and_changes_nothing()
    {
        using var client = await AdminAsync(_site);
        const string recipe = """
        {
          "name": "broken", "displayName": "Broken", "issetuprecipe": false, "steps": [
            { "name": "Settings", "siteName": "Should not stay" },
            { "name": "Roles", "roles": [ { "name": "Mentor", "permissions": ["ViewUsers"] } ] },
            { "name": "Users", "users": [
              { "email": "ok@recipe.localhost", "name": "Fine", "roles": ["Mentor"], "password": "password-123" },
              { "email": "bad@recipe.localhost", "name": "Bad", "roles": ["NoSuchRole"], "password": "password-123" }
            ] }
          ]
        }
        """;
        var response = await UploadAsync(client, recipe, "broken.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await SiteClient.ParseAsync(response)).QuerySelector("#recipe-error")!.TextContent;
        Assert.Contains("Step 3", message, StringComparison.Ordinal);
        Assert.Contains("\"Users\"", message, StringComparison.Ordinal);
        Assert.Contains("user 2 (bad@recipe.localhost)", message, StringComparison.Ordinal);
        Assert.Contains("NoSuchRole", message, StringComparison.Ordinal);

        var site = await _site.WithDbAsync(db => db.Set<SiteSettings>().SingleAsync());
        Assert.Equal("Academia de pruebas", site.SiteName);
        Assert.False(await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().AnyAsync(u => u.Email == "ok@recipe.localhost")));
        Assert.False(await _site.WithDbAsync(db => db.Set<Users.Models.AcademyRole>().AnyAsync(r => r.Name == "Mentor")));
        Assert.Equal("Academia de pruebas", (await client.GetPageAsync("/")).QuerySelector(".brand")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "Teleport" } ] }""", "Step 1 (\"Teleport\"): unknown step")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "Users", "users": [ { "name": "No mail" } ] } ] }""", "user 1: missing field \"email\"")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "Settings", "defaultCulture": "fr" } ] }""", "'fr' is not a supported language")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "Feature", "enable": ["No.Such.Module"] } ] }""", "feature 'No.Such.Module'")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "Courses", "courses": [ { "slug": "x", "title": "X", "hours": 1e40 } ] } ] }""", "Step 1 (\"Courses\")")]
    public async Task Malformed_recipes_are_refused_with_a_message_at_fault(string recipe, string expected)
    {
        using var client = await AdminAsync(_site);
        var response = await UploadAsync(client, recipe, "bad.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await SiteClient.ParseAsync(response)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        using var client = await AdminAsync(_site);
        var latin1 = Encoding.Latin1.GetBytes("""{ "name": "x", "steps": [ { "name": "Settings", "siteName": "Año" } ] }""");
        var response = await UploadBytesAsync(client, latin1, "latin1.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await SiteClient.ParseAsync(response)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_imports_into_an_empty_site_to_the_same_content()
    {
        using var client = await AdminAsync(_site);
        var addRole = await UploadAsync(client, """
            { "name": "extra", "steps": [
              { "name": "Roles", "roles": [ { "name": "Mentor", "description": "Acompaña «emprendedores»", "permissions": ["ViewUsers", "AccessAdminPanel"] } ] },
              { "name": "Users", "users": [ { "email": "mentor@recipe.localhost", "name": "Ñandú Mentor", "roles": ["Mentor", "Learner"], "password": "password-123" } ] },
              { "name": "Settings", "registrationOpen": false, "defaultCulture": "en" }
            ] }
            """, "extra.recipe.json");
        Assert.Equal(HttpStatusCode.Redirect, addRole.StatusCode);

        var exported = await client.Http.GetStringAsync("/admin/recipes/export");

        using var target = new AcademySiteFactory("blank");
        using var targetClient = await AdminAsync(target);
        var imported = await UploadAsync(targetClient, exported, "export.recipe.json");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var reExported = await targetClient.Http.GetStringAsync("/admin/recipes/export");

        Assert.Equal(Comparable(exported), Comparable(reExported));

        // The imported users sign in with their own passwords.
        using var mentor = target.CreateSiteClient();
        await mentor.SignInAsync("mentor@recipe.localhost", "password-123");
        Assert.Equal(HttpStatusCode.OK, (await mentor.Http.GetAsync("/admin/users")).StatusCode);
    }

    internal static async Task<SiteClient> AdminAsync(AcademySiteFactory site)
    {
        var client = site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        return client;
    }

    internal static Task<HttpResponseMessage> UploadAsync(SiteClient client, string json, string fileName) =>
        UploadBytesAsync(client, Encoding.UTF8.GetBytes(json), fileName);

    private static Task<HttpResponseMessage> UploadBytesAsync(SiteClient client, byte[] bytes, string fileName) =>
        client.UploadRecipeAsync(bytes, fileName);

    /// <summary>The recipe without what differs by nature between two sites (export time).</summary>
    private static string Comparable(string recipe)
    {
        var node = JsonNode.Parse(recipe)!.AsObject();
        node.Remove("description");
        return node.ToJsonString();
    }

    public void Dispose() => _site.Dispose();
}
