namespace InnovationAcademy.IntegrationTests;

/// <summary>Disabling a feature takes its pages and menu entries away at once; enabling brings them back, no restart.</summary>
[Trait("Category", "Data")]
public sealed class FeatureTests : IDisposable
{
    private readonly AcademySiteFactory _site = new();

    [Fact]
    public async Task Disabled_feature_answers_404_and_leaves_the_menu_until_enabled_again()
    {
        using var client = _site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/recipes")).StatusCode);
        Assert.Contains("academy-demo", await client.Http.GetStringAsync("/api/recipes"), StringComparison.Ordinal);

        var disabled = await client.PressButtonAsync("/admin/features", "/admin/features/InnovationAcademy.Recipes/disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/recipes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/recipes/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/recipes")).StatusCode);
        var menu = (await client.GetPageAsync("/admin")).QuerySelectorAll(".admin-menu a").Select(a => a.GetAttribute("href"));
        Assert.DoesNotContain("/admin/recipes", menu);

        var enabled = await client.PressButtonAsync("/admin/features", "/admin/features/InnovationAcademy.Recipes/enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/recipes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/recipes")).StatusCode);
        menu = (await client.GetPageAsync("/admin")).QuerySelectorAll(".admin-menu a").Select(a => a.GetAttribute("href"));
        Assert.Contains("/admin/recipes", menu);

        var audit = await _site.WithDbAsync(db => Task.FromResult(db.Set<Core.Audit.AuditEntry>().Where(e => e.Subject == "Recipes" && e.SubjectIsPlatformName).Select(e => e.Action).ToList()));
        Assert.Contains("feature.disabled", audit);

        // The trail names the feature in the reader's language, as the features page does.
        var trail = await client.GetPageAsync("/admin/audit?q=recetas");
        Assert.Contains(trail.QuerySelectorAll("tbody tr"), r => r.Children[3].TextContent.Trim() == "Recetas");
    }

    [Fact]
    public async Task Always_enabled_features_offer_no_disable_button_and_refuse_a_forged_post()
    {
        using var client = _site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var page = await client.GetPageAsync("/admin/features");
        Assert.Null(page.QuerySelector("form[action='/admin/features/InnovationAcademy.Users/disable']"));
        var users = page.QuerySelectorAll("li.feature").Single(li => li.Id == "feature-InnovationAcademy.Users");
        Assert.Equal("Personas usuarias y roles", users.QuerySelector("strong")!.TextContent.Trim());

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var forged = await client.PostFormAsync("/admin/features/InnovationAcademy.Users/disable", [], token);
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        var after = await client.GetPageAsync("/admin/features");
        Assert.Contains("always enabled", after.QuerySelector(".notice-error")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
