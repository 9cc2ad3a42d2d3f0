using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary>An empty database leads to /setup; the form makes the site and its first administrator.</summary>
[Trait("Category", "Data")]
public sealed class SetupTests : IDisposable
{
    private readonly AcademySiteFactory _site = new(recipe: null);

    [Fact]
    public async Task Empty_site_sends_every_page_to_setup_and_setup_creates_the_site()
    {
        using var client = _site.CreateSiteClient();
        var home = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location!.OriginalString);

        var page = await client.GetPageAsync("/setup");
        var recipes = page.QuerySelectorAll("input[name=RecipeName]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("blank", recipes);
        Assert.Contains("academy-demo", recipes);

        var done = await client.SubmitFormAsync("/setup",
        [
            new("SiteName", "Laboratorio Ñandú"),
            new("AdminEmail", "jefa@lab.localhost"),
            new("AdminPassword", "clave-segura-1"),
            new("ConfirmPassword", "clave-segura-1"),
            new("RecipeName", "blank"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/admin", done.Headers.Location!.OriginalString);

        // Setup signed the administrator in and the admin is reachable.
        var dashboard = await client.GetPageAsync("/admin");
        Assert.Contains("Laboratorio Ñandú", dashboard.QuerySelector(".brand")!.TextContent);

        // Setup happens once.
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/setup")).StatusCode);
        var roles = await _site.WithDbAsync(db => db.Set<Users.Models.AcademyRole>().Select(r => r.Name).ToListAsync());
        Assert.Equal(["Administrator", "CourseAdministrator", "Editor", "Facilitator", "Learner"], roles.Order());
    }

    [Fact]
    public async Task Setup_form_names_the_wrong_field_and_keeps_the_site_empty()
    {
        using var client = _site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/setup",
        [
            new("SiteName", ""),
            new("AdminEmail", "not-an-email"),
            new("AdminPassword", "short"),
            new("ConfirmPassword", "other"),
            new("RecipeName", "blank"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=SiteName]")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=AdminEmail]")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=AdminPassword]")!.TextContent.Trim());
        Assert.False(await _site.WithDbAsync(db => db.Set<SiteSettings>().AnyAsync()));
    }

    public void Dispose() => _site.Dispose();
}
