namespace InnovationAcademy.IntegrationTests.Localization;

/// <summary>
/// Spanish pages write numbers as the lab's country does: a Peruvian lab reads "1.5" hours, an Ecuadorian one "1,5";
/// English pages keep "1.5". The region is a site setting, saved from the settings form and read back by every form.
/// </summary>
public sealed class FormattingRegionTests : IAsyncLifetime
{
    private const string Recipe = """
        { "name": "region-tests", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "hora-y-media", "title": "Hora y media", "language": "es", "hours": 1.5, "published": true,
          "modules": [ { "title": "Uno", "lessons": [ { "key": "e1e1e1e1-0000-4000-8000-0000000000c1", "title": "Lección", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] } ] } ] }
        """;

    private AcademySiteFactory _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        _admin = await RecipeTests.AdminAsync(_site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, Recipe, "region-tests.recipe.json")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task A_Peruvian_lab_writes_a_decimal_point_an_Ecuadorian_one_a_comma_and_English_pages_a_point()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=es&returnUrl=/")).StatusCode);
        Assert.Equal("1.5", await HoursShownAsync());
        var settings = await _admin.GetPageAsync("/admin/settings");
        Assert.Equal("es-PE", settings.QuerySelector("#FormattingRegion option[selected]")!.GetAttribute("value"));
        Assert.Contains("1,234.5", settings.QuerySelector("#FormattingRegion option[selected]")!.TextContent, StringComparison.Ordinal);

        var saved = await _admin.SubmitFormAsync("/admin/settings", [new("FormattingRegion", "es-EC")], "/admin/settings");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("1,5", await HoursShownAsync());

        // Saving the course unchanged keeps its hours, whichever mark the page wrote.
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.SaveUnchangedAsync("/admin/courses/hora-y-media")).StatusCode);
        Assert.Equal("1,5", await HoursShownAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=en&returnUrl=/")).StatusCode);
        Assert.Equal("1.5", await HoursShownAsync());

        var refused = await _admin.SubmitFormAsync("/admin/settings", [new("FormattingRegion", "xx-<script>")], "/admin/settings");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(refused)).QuerySelector("#FormattingRegion[aria-invalid=true]"));
    }

    /// <summary>A form sent without a field is refused at that field in the page's language; nothing falls back in silence.</summary>
    [Fact]
    public async Task Missing_or_empty_settings_and_profile_fields_are_refused_in_Spanish_and_nothing_changes()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=es&returnUrl=/")).StatusCode);
        var withoutLanguage = await _admin.SubmitFormAsync("/admin/settings", [new("DefaultCulture", "")], "/admin/settings");
        Assert.Equal(HttpStatusCode.OK, withoutLanguage.StatusCode);
        var page = await SiteClient.ParseAsync(withoutLanguage);
        Assert.NotNull(page.QuerySelector("#DefaultCulture[aria-invalid=true]"));
        var errors = string.Join(" | ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Contains("Elige el idioma del sitio.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", await withoutLanguage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var emptyTheme = await SiteClient.ParseAsync(await _admin.SubmitFormAsync("/admin/settings", [new("Theme", "")], "/admin/settings"));
        Assert.Contains("Elige un tema.", emptyTheme.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var profile = await _admin.GetPageAsync("/account/profile");
        var zone = profile.QuerySelector("#TimeZoneId option[selected]")!.GetAttribute("value");
        var withoutZone = await _admin.SubmitFormAsync("/account/profile", [new("TimeZoneId", "Asia/Calcutta")], "/account/profile");
        Assert.Equal(HttpStatusCode.OK, withoutZone.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(withoutZone)).QuerySelector("#TimeZoneId[aria-invalid=true]"));
        Assert.Equal(zone, (await _admin.GetPageAsync("/account/profile")).QuerySelector("#TimeZoneId option[selected]")!.GetAttribute("value"));
    }

    /// <summary>A culture cookie whose halves disagree cannot put Spanish numbers on an English page.</summary>
    [Theory]
    [InlineData("c=es|uic=en")]
    [InlineData("c=ar-SA|uic=en")]
    [InlineData("c=en-u-ca-japanese|uic=en")]
    public async Task An_English_page_writes_English_numbers_whatever_the_cookie_says_about_formatting(string cookie)
    {
        using var visitor = _site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/courses");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString(cookie));
        using var response = await visitor.SendAsync(request);
        var page = await SiteClient.ParseAsync(response);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("1.5 hours", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string?> HoursShownAsync() =>
        (await _admin.GetPageAsync("/admin/courses/hora-y-media")).QuerySelector("input[name$='Hours']")!.GetAttribute("value");
}
