namespace InnovationAcademy.IntegrationTests.Search;

/// <summary>
/// Administrators type names and words as they come, on a phone, with or without accents and capitals: every admin
/// search folds both sides the same way (<c>FoldedText</c>), on SQLite and — as a data test — on PostgreSQL.
/// </summary>
[Trait("Category", "Data")]
public sealed class AccentInsensitiveSearchTests : IAsyncLifetime
{
    private const string Slug = "busqueda";

    private static readonly string Recipe = $$"""
        { "name": "search-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "maria.quispe@test.localhost", "name": "María Ñahui Quispe", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "jose@test.localhost", "name": "José Peña", "roles": ["Learner"], "password": "demo-academia-2026" } ] },
          { "name": "Courses", "courses": [ {
            "slug": "{{Slug}}", "title": "Búsqueda", "language": "es", "hours": 1, "published": true,
            "questionBank": [
              { "key": "a0000000-0000-4000-8000-0000000000b1", "kind": "truefalse", "text": "¿La participación ciudadana mejora el diseño público?", "correct": true },
              { "key": "a0000000-0000-4000-8000-0000000000b2", "kind": "truefalse", "text": "Otra pregunta sin tildes.", "correct": true } ],
            "modules": [ { "title": "Uno", "lessons": [ { "key": "e1e1e1e1-0000-4000-8000-0000000000b1", "title": "Lección", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] } ] },
          { "name": "Enrollments", "enrollments": [
            { "course": "{{Slug}}", "email": "maria.quispe@test.localhost", "status": "active" },
            { "course": "{{Slug}}", "email": "jose@test.localhost", "status": "active" } ] }
        ] }
        """;

    private AcademySiteFactory _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        _admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(_admin, Recipe, "search-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Theory]
    [InlineData("nahui")]
    [InlineData("ÑAHUI")]
    [InlineData("maría ñahui")]
    [InlineData("MARIA")]
    public async Task The_user_list_finds_a_name_typed_with_or_without_accents(string typed)
    {
        var page = await _admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(["María Ñahui Quispe"], Rows(page).Select(r => r.QuerySelector("td")!.TextContent.Trim()));
    }

    [Theory]
    [InlineData("pena", "José Peña")]
    [InlineData("JOSÉ", "José Peña")]
    [InlineData("maria.quispe", "María Ñahui Quispe")]
    public async Task The_course_roster_finds_learners_by_folded_name_or_address(string typed, string expected)
    {
        var page = await _admin.GetPageAsync($"/admin/courses/{Slug}/enrollments?q=" + Uri.EscapeDataString(typed));
        var row = Assert.Single(Rows(page));
        Assert.Contains(expected, row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("participacion")]
    [InlineData("PARTICIPACIÓN")]
    [InlineData("diseño")]
    [InlineData("diseno publico")]
    public async Task The_question_bank_finds_a_question_typed_with_or_without_accents(string typed)
    {
        var page = await _admin.GetPageAsync($"/admin/courses/{Slug}/questions?q=" + Uri.EscapeDataString(typed));
        var row = Assert.Single(Rows(page));
        Assert.Contains("participación ciudadana", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_finds_entries_by_folded_subject_and_a_miss_says_so()
    {
        Assert.NotEmpty(Rows(await _admin.GetPageAsync("/admin/audit?q=busqueda")));
        Assert.NotEmpty(Rows(await _admin.GetPageAsync("/admin/audit?q=B%C3%9ASQUEDA")));
        Assert.Empty(Rows(await _admin.GetPageAsync("/admin/users?q=zzzz-nadie")));
    }

    private static IEnumerable<AngleSharp.Dom.IElement> Rows(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("table tbody tr");
}
