namespace InnovationAcademy.IntegrationTests;

/// <summary>Every admin page checks its permission on the server.</summary>
public sealed class PermissionTests(PermissionTests.Site site) : IClassFixture<PermissionTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    public static TheoryData<string> AdminPages => new()
    {
        "/admin", "/admin/users", "/admin/users/create", "/admin/roles", "/admin/features", "/admin/settings", "/admin/recipes", "/admin/recipes/export", "/admin/audit", "/admin/outbox", "/admin/courses", "/admin/courses/create", "/admin/media",
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = site.CreateSiteClient();
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Learners_get_403(string url)
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// A course's administration pages, whichever module draws them: those without the right get 403 whether the
    /// course exists or not (nobody learns which courses exist); those with it get 404 for a course that does not.
    /// </summary>
    [Theory]
    [InlineData("enrollments")]
    [InlineData("enrollments/import")]
    [InlineData("quizzes")]
    [InlineData("questions")]
    [InlineData("certificate")]
    public async Task A_course_admin_page_answers_403_without_the_right_and_404_only_to_those_with_it(string page)
    {
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync($"/admin/courses/no-existe/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/admin/courses/no-existe/{page}")).StatusCode);
        // The course exists once the first case made it (the others are told the address is taken).
        await admin.SubmitFormAsync("/admin/courses/create", [new("Slug", "permisos"), new("Title", "Permisos"), new("Language", "es"), new("Hours", "1")]);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync($"/admin/courses/permisos/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/admin/courses/permisos/{page}")).StatusCode);
    }

    [Fact]
    public async Task Learner_cannot_post_to_admin_actions_either()
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        var profile = await client.GetPageAsync("/account/profile");
        var token = profile.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var response = await client.PostFormAsync("/admin/features/InnovationAcademy.Recipes/disable", [], token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateSiteClient().Http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Course_administrator_sees_users_but_cannot_manage_them()
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var list = await client.GetPageAsync("/admin/users");
        Assert.Contains("alumna@academy.localhost", list.QuerySelector("table")!.TextContent);
        Assert.Null(list.QuerySelector("a[href='/admin/users/create']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/users/create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/roles")).StatusCode);
    }

    [Fact]
    public async Task Api_answers_401_to_anonymous_callers_and_403_to_learners()
    {
        using var anonymous = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/recipes")).StatusCode);
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/api/recipes")).StatusCode);
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        using var client = site.CreateSiteClient();
        var response = await client.PostFormAsync("/account/login", [new("Email", AcademySiteFactory.AdminEmail), new("Password", AcademySiteFactory.AdminPassword)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
