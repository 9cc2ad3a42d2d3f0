namespace InnovationAcademy.IntegrationTests.Localization;

/// <summary>
/// The audit trail reads in the administrator's language: what happened, to what and with which details. A Spanish
/// page says "versión 1, desde la receta «…»" and names the site's zone and region as places, never as codes.
/// </summary>
public sealed class AuditTrailLanguageTests : IAsyncLifetime
{
    private const string Recipe = """
        { "name": "bitacora", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "bitacora", "title": "Bitácora", "language": "es", "hours": 1, "published": true,
          "modules": [ { "title": "Uno", "lessons": [ { "key": "e1e1e1e1-0000-4000-8000-0000000000d1", "title": "Lección", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] } ] } ] }
        """;

    private AcademySiteFactory _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        _admin = await RecipeTests.AdminAsync(_site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, Recipe, "bitacora.recipe.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.SubmitFormAsync("/admin/settings", [new("TimeZoneId", "America/Guayaquil"), new("FormattingRegion", "es-EC")], "/admin/settings")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task A_Spanish_administrator_reads_every_detail_in_Spanish_and_an_English_one_in_English()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=es&returnUrl=/")).StatusCode);
        var spanish = await _admin.GetPageAsync("/admin/audit");
        Assert.Equal("versión 1, desde la receta «bitacora»", Details(spanish, "Curso publicado", "bitacora"));
        var settings = Details(spanish, "Ajustes del sitio cambiados", "Configuración del sitio");
        Assert.Contains("zona horaria: Quito", settings, StringComparison.Ordinal);
        Assert.Contains("región: Ecuador", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("America/", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("es-EC", settings, StringComparison.Ordinal);

        // Every entry this site holds was written as a sentence with values, so none is left marked as English.
        Assert.Empty(spanish.QuerySelectorAll("td.audit-details[lang=en]"));
        Assert.DoesNotContain("version", spanish.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=en&returnUrl=/")).StatusCode);
        var english = await _admin.GetPageAsync("/admin/audit");
        Assert.Equal("version 1 from the recipe “bitacora”", Details(english, "Course published", "bitacora"));
        Assert.Contains("time zone: Quito", Details(english, "Site settings changed", "Site settings"), StringComparison.Ordinal);
    }

    /// <summary>What the page shows is what the search finds: the translated part names and sentences, not only the stored English.</summary>
    [Fact]
    public async Task The_trail_is_searched_in_the_words_the_page_shows()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.Http.GetAsync("/culture?culture=es&returnUrl=/")).StatusCode);
        var byDetail = await _admin.GetPageAsync("/admin/audit?q=" + Uri.EscapeDataString("desde la receta"));
        Assert.Equal("versión 1, desde la receta «bitacora»", Details(byDetail, "Curso publicado", "bitacora"));
        var byPart = await _admin.GetPageAsync("/admin/audit?q=" + Uri.EscapeDataString("configuracion del sitio"));
        Assert.All(byPart.QuerySelectorAll("table tbody tr"), r => Assert.Equal("Configuración del sitio", r.Children[3].TextContent.Trim()));
        Assert.NotEmpty(byPart.QuerySelectorAll("table tbody tr"));
    }

    private static string Details(AngleSharp.Dom.IDocument page, string action, string subject)
    {
        var row = page.QuerySelectorAll("table tbody tr").FirstOrDefault(r =>
            r.Children[2].TextContent.Trim() == action && r.Children[3].TextContent.Trim() == subject);
        Assert.True(row is not null, $"no row '{action}' on '{subject}' in: {page.QuerySelector("table tbody")?.TextContent}");
        return row.Children[4].TextContent.Trim();
    }
}
