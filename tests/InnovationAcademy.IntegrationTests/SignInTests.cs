namespace InnovationAcademy.IntegrationTests;

[Trait("Category", "Data")]
public sealed class SignInTests(SignInTests.Site site) : IClassFixture<SignInTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    [Fact]
    public async Task Administrator_signs_in_reaches_the_dashboard_and_signs_out()
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        var dashboard = await client.GetPageAsync("/admin");
        var menu = dashboard.QuerySelectorAll(".admin-menu a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/users", menu);
        Assert.Contains("/admin/features", menu);

        var signOut = await client.PressButtonAsync("/admin", "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var again = await client.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        using var client = site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/account/login", [new("Email", "alumna@academy.localhost"), new("Password", "wrong-password-9")], "/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector(".validation-summary-errors")!.TextContent.Trim());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("academy.auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        using var client = site.CreateSiteClient();
        var response = await client.SubmitFormAsync(
            "/account/login?returnUrl=" + Uri.EscapeDataString("//attacker.invalid/x"),
            [new("Email", "gestora@academy.localhost"), new("Password", AcademySiteFactory.DemoPassword)],
            "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
