namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// What third parties learn about readers: no image from another site unless the site allows it, and the map's
/// tile server chosen in the settings (and the only other image source the pages' policy names).
/// </summary>
public sealed class ReaderPrivacyTests(ReaderPrivacyTests.Site site) : IClassFixture<ReaderPrivacyTests.Site>
{
    public sealed class Site() : AcademySiteFactory("academy-demo");

    [Fact]
    public async Task External_images_are_off_until_an_administrator_allows_them_and_the_tile_server_is_a_setting()
    {
        using var visitor = site.CreateSiteClient();
        var policy = await ImagePolicyAsync(visitor);
        Assert.DoesNotContain(" https:;", policy, StringComparison.Ordinal);
        Assert.Contains("https://tile.openstreetmap.org", policy, StringComparison.Ordinal);

        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var refused = await admin.SubmitFormAsync("/admin/settings", [new("MapTileUrl", "http://tiles.example/{z}/{x}/{y}.png"), new("MapTileAttribution", "Teselas")], "/admin/settings");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty((await SiteClient.ParseAsync(refused)).QuerySelector("[data-valmsg-for=MapTileUrl]")!.TextContent.Trim());

        var saved = await admin.SubmitFormAsync("/admin/settings",
            [new("MapTileUrl", "https://{s}.tiles.lab.example/{z}/{x}/{y}.png"), new("MapTileAttribution", "<b>Laboratorio</b>"), new("AllowExternalImages", "true")], "/admin/settings");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var later = site.CreateSiteClient();
        var allowed = await ImagePolicyAsync(later);
        Assert.Contains(" https:;", allowed, StringComparison.Ordinal);

        await admin.SubmitFormAsync("/admin/settings", [new("AllowExternalImages", "false")], "/admin/settings");
        var tiles = await ImagePolicyAsync(later);
        Assert.Contains("https://*.tiles.lab.example", tiles, StringComparison.Ordinal);
        Assert.DoesNotContain("openstreetmap", tiles, StringComparison.Ordinal);
    }

    private static async Task<string> ImagePolicyAsync(SiteClient client)
    {
        var response = await client.Http.GetAsync("/account/login");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        return policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("img-src", StringComparison.Ordinal)) + ";";
    }
}
