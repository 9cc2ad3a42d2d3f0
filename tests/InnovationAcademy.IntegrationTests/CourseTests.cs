using System.Text.Json.Nodes;

namespace InnovationAcademy.IntegrationTests;

/// <summary>Courses imported by recipe: the catalog, course and lesson pages, and the API show published courses only.</summary>
[Trait("Category", "Data")]
public sealed class CourseTests : IAsyncLifetime
{
    private readonly AcademySiteFactory _site = new();
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(_admin, CoursesRecipe(), "courses.recipe.json");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
    }

    [Fact]
    public async Task Catalog_lists_published_courses_with_search_and_filters()
    {
        using var visitor = _site.CreateSiteClient();
        var all = await visitor.GetPageAsync("/courses");
        var titles = all.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Design thinking for pilots", "Innovación pública y social"], titles);

        var byTopic = await visitor.GetPageAsync("/courses?topic=" + Uri.EscapeDataString("laboratorios ciudadanos"));
        Assert.Equal(["Innovación pública y social"], byTopic.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));

        var byText = await visitor.GetPageAsync("/courses?q=PILOT");
        Assert.Equal(["Design thinking for pilots"], byText.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));
        // One is one: "1 curso", not "1 cursos"; two are "2 cursos".
        Assert.Equal("1 curso", byText.QuerySelector(".course-list")!.PreviousElementSibling!.TextContent.Trim());
        Assert.Equal("2 cursos", (await visitor.GetPageAsync("/courses")).QuerySelector(".course-list")!.PreviousElementSibling!.TextContent.Trim());

        // Accents and case as people type them: with, without, in capitals, several words in any order.
        foreach (var typed in new[] { "innovación", "innovacion", "PÚBLICA", "publica", "social innovación" })
        {
            var found = await visitor.GetPageAsync("/courses?q=" + Uri.EscapeDataString(typed));
            Assert.Equal(["Innovación pública y social"], found.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));
        }

        var byLanguage = await visitor.GetPageAsync("/courses?language=en");
        Assert.Equal(["Design thinking for pilots"], byLanguage.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));

        var none = await visitor.GetPageAsync("/courses?q=astronomía");
        Assert.NotNull(none.QuerySelector(".empty a[href='/courses']"));
    }

    [Fact]
    public async Task Drafts_are_invisible_on_pages_and_in_the_api()
    {
        using var visitor = _site.CreateSiteClient();
        Assert.DoesNotContain("Borrador secreto", (await visitor.GetPageAsync("/courses")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/courses/borrador")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/api/courses/borrador")).StatusCode);

        var list = JsonNode.Parse(await visitor.Http.GetStringAsync("/api/courses"))!;
        var slugs = list["courses"]!.AsArray().Select(c => c!["slug"]!.GetValue<string>()).ToList();
        Assert.Equal(["design-thinking", "innovacion-publica"], slugs);
        var mooc = list["courses"]!.AsArray().Single(c => c!["slug"]!.GetValue<string>() == "innovacion-publica")!;
        Assert.Equal(22m, mooc["hours"]!.GetValue<decimal>());
        Assert.Equal(2, mooc["moduleCount"]!.GetValue<int>());
        Assert.Equal(3, mooc["lessonCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Course_page_shows_the_outline_and_lessons_link_to_each_other()
    {
        using var visitor = await _site.LearnerAsync("innovacion-publica");
        var course = await visitor.GetPageAsync("/courses/innovacion-publica");
        Assert.Equal("Innovación pública y social", course.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("22", course.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        var lessonLinks = course.QuerySelectorAll(".outline a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, lessonLinks.Count);

        var first = await visitor.GetPageAsync(lessonLinks[0]);
        Assert.Equal("Qué es un laboratorio ciudadano", first.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal(lessonLinks[1], first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", first.QuerySelector(".video iframe")!.GetAttribute("src"));
        Assert.Contains("Bienvenida al laboratorio", first.QuerySelector(".transcript")!.TextContent, StringComparison.Ordinal);

        var last = await visitor.GetPageAsync(lessonLinks[2]);
        Assert.Equal(lessonLinks[1], last.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/courses/innovacion-publica/lessons/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Hostile_lesson_bodies_are_stored_and_shown_without_their_dangerous_parts()
    {
        using var visitor = await _site.LearnerAsync("innovacion-publica");
        var course = await visitor.GetPageAsync("/courses/innovacion-publica");
        var reading = course.QuerySelectorAll(".outline a").Single(a => a.TextContent.Contains("Cultura abierta", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await visitor.GetPageAsync(reading);
        HostileInputTests.AssertInert(page, "lesson body");
        Assert.Contains("Ñandú, acción y corazón", page.QuerySelector(".lesson-body")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".lesson-body a[href^='javascript'], .lesson-body a[href^='data:']"));
    }

    [Fact]
    public async Task A_malformed_lesson_fails_with_the_course_module_and_lesson_and_saves_nothing()
    {
        var recipe = """
            { "name": "bad-course", "steps": [ { "name": "Courses", "courses": [ { "slug": "rota", "title": "Rota", "published": true, "modules": [
              { "title": "Uno", "lessons": [ { "title": "Bien", "kind": "reading", "body": "x" } ] },
              { "title": "Dos", "lessons": [ { "title": "Bien", "kind": "reading" }, { "title": "Vídeo sin transcripción", "kind": "video", "videoUrl": "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } ] }
            ] } ] } ] }
            """;
        var response = await RecipeTests.UploadAsync(_admin, recipe, "bad.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await SiteClient.ParseAsync(response)).QuerySelector("#recipe-error")!.TextContent;
        Assert.Contains("course 'rota', module 2, lesson 2", message, StringComparison.Ordinal);
        Assert.Contains("transcript", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.Http.GetAsync("/courses/rota")).StatusCode);
    }

    [Fact]
    public async Task Reimporting_a_slug_makes_a_new_version_and_keeps_lesson_addresses()
    {
        using var visitor = _site.CreateSiteClient();
        var before = (await visitor.GetPageAsync("/courses/innovacion-publica")).QuerySelectorAll(".outline a").Select(a => a.GetAttribute("href")).ToList();
        var updated = CoursesRecipe("Innovación pública y social (2.ª edición)");
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, updated, "again.recipe.json")).StatusCode);

        var after = await visitor.GetPageAsync("/courses/innovacion-publica");
        Assert.Equal("Innovación pública y social (2.ª edición)", after.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(before, after.QuerySelectorAll(".outline a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public async Task Course_page_runs_the_same_number_of_queries_whatever_its_size()
    {
        var big = new JsonArray();
        for (var m = 0; m < 6; m++)
        {
            var lessons = new JsonArray();
            for (var l = 0; l < 8; l++)
            {
                lessons.Add(new JsonObject { ["title"] = $"Lección {m}.{l}", ["kind"] = "reading", ["body"] = "Texto", ["minutes"] = 5 });
            }

            big.Add(new JsonObject { ["title"] = $"Módulo {m}", ["lessons"] = lessons });
        }

        var recipe = new JsonObject
        {
            ["name"] = "big",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Courses",
                ["courses"] = new JsonArray(new JsonObject { ["slug"] = "grande", ["title"] = "Grande", ["published"] = true, ["modules"] = big }),
            }),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, recipe.ToJsonString(), "big.recipe.json")).StatusCode);

        // A signed-in reader is never served from the output cache: this counts the page's own queries.
        using var reader = _site.CreateSiteClient();
        await reader.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        var small = await CountQueriesAsync(reader, "/courses/design-thinking");
        var large = await CountQueriesAsync(reader, "/courses/grande");
        Assert.Equal(small, large);

        // The course in three split queries, then one each for the reader's enrolment, the enrolment settings, the
        // module quizzes, the final assignment, the certificate settings and the reader's certificate: a fixed
        // number, whatever the course's size.
        Assert.InRange(large, 1, 10);
    }

    [Fact]
    public async Task Catalog_pages_keep_the_search_from_page_to_page()
    {
        var courses = new JsonArray();
        for (var i = 1; i <= 14; i++)
        {
            courses.Add(new JsonObject { ["slug"] = $"serie-{i:00}", ["title"] = $"Serie {i:00}", ["published"] = true });
        }

        var recipe = new JsonObject { ["name"] = "many", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Courses", ["courses"] = courses }) };
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, recipe.ToJsonString(), "many.recipe.json")).StatusCode);

        using var visitor = _site.CreateSiteClient();
        var first = await visitor.GetPageAsync("/courses?q=serie");
        Assert.Equal(CourseCatalogPageSize, first.QuerySelectorAll(".course-card").Length);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/courses?page=2&q=serie", next);
        var second = await visitor.GetPageAsync(next);
        Assert.Equal(["Serie 13", "Serie 14"], second.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));

        // A page past the end shows the last page rather than an empty list.
        Assert.Equal(2, (await visitor.GetPageAsync("/courses?q=serie&page=99")).QuerySelectorAll(".course-card").Length);
    }

    private const int CourseCatalogPageSize = 12;

    [Fact]
    public async Task Courses_export_and_import_into_an_empty_site_unchanged()
    {
        var exported = await _admin.Http.GetStringAsync("/admin/recipes/export");
        using var target = new AcademySiteFactory("blank");
        using var targetAdmin = await RecipeTests.AdminAsync(target);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(targetAdmin, exported, "export.recipe.json")).StatusCode);
        var reExported = await targetAdmin.Http.GetStringAsync("/admin/recipes/export");

        static string CoursesStep(string recipe) =>
            JsonNode.Parse(recipe)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Courses")!.ToJsonString();
        Assert.Equal(CoursesStep(exported), CoursesStep(reExported));
        Assert.Contains("borrador", CoursesStep(reExported), StringComparison.Ordinal);

        // The same lesson addresses work on the new site (whose administrator opens every lesson).
        var lessonLink = (await _site.CreateSiteClient().GetPageAsync("/courses/innovacion-publica")).QuerySelector(".outline a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await targetAdmin.Http.GetAsync(lessonLink)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_pages_come_from_the_cache_until_a_course_changes()
    {
        using var visitor = _site.CreateSiteClient();
        await visitor.GetPageAsync("/courses");
        _site.Queries.Reset();
        var cached = await visitor.GetPageAsync("/courses");
        Assert.Equal(0, _site.Queries.Count);
        Assert.DoesNotContain("Nuevo curso", cached.Body!.TextContent, StringComparison.Ordinal);

        var recipe = """{ "name": "new", "steps": [ { "name": "Courses", "courses": [ { "slug": "nuevo", "title": "Nuevo curso", "published": true } ] } ] }""";
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, recipe, "new.recipe.json")).StatusCode);
        var fresh = await visitor.GetPageAsync("/courses");
        Assert.Contains("Nuevo curso", fresh.Body!.TextContent, StringComparison.Ordinal);

        // Each language has its own cached copy.
        await visitor.Http.GetAsync("/culture?culture=en&returnUrl=%2F");
        Assert.Equal("Courses", (await visitor.GetPageAsync("/courses")).QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task<int> CountQueriesAsync(SiteClient client, string url)
    {
        await client.GetPageAsync(url);
        _site.Queries.Reset();
        await client.GetPageAsync(url);
        return _site.Queries.Count;
    }

    private static string CoursesRecipe(string moocTitle = "Innovación pública y social")
    {
        var hostile = string.Join("\n\n", HostileMarkup.Lines);
        var recipe = new JsonObject
        {
            ["name"] = "sample-courses",
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "Feature", ["enable"] = new JsonArray("InnovationAcademy.Courses") },
                new JsonObject
                {
                    ["name"] = "Courses",
                    ["courses"] = new JsonArray(
                        new JsonObject
                        {
                            ["slug"] = "innovacion-publica", ["title"] = moocTitle, ["summary"] = "Conceptos y herramientas para laboratorios.",
                            ["language"] = "es", ["hours"] = 22, ["topics"] = new JsonArray("laboratorios ciudadanos", "cultura abierta"), ["published"] = true,
                            ["modules"] = new JsonArray(
                                new JsonObject
                                {
                                    ["title"] = "Laboratorios ciudadanos",
                                    ["lessons"] = new JsonArray(
                                        new JsonObject { ["title"] = "Qué es un laboratorio ciudadano", ["kind"] = "video", ["videoUrl"] = "https://youtu.be/dQw4w9WgXcQ", ["transcript"] = "Bienvenida al laboratorio.", ["minutes"] = 6 },
                                        new JsonObject { ["title"] = "Lectura: orígenes", ["kind"] = "reading", ["body"] = "## Orígenes\n\nTexto.", ["minutes"] = 10 }),
                                },
                                new JsonObject
                                {
                                    ["title"] = "Cultura abierta",
                                    ["lessons"] = new JsonArray(new JsonObject { ["title"] = "Cultura abierta: lectura", ["kind"] = "reading", ["body"] = hostile, ["minutes"] = 12 }),
                                }),
                        },
                        new JsonObject
                        {
                            ["slug"] = "design-thinking", ["title"] = "Design thinking for pilots", ["summary"] = "Preparing pilots with GovTech start-ups.",
                            ["language"] = "en", ["hours"] = 8, ["topics"] = new JsonArray("design thinking"), ["published"] = true,
                            ["modules"] = new JsonArray(new JsonObject
                            {
                                ["title"] = "Empathise",
                                ["lessons"] = new JsonArray(new JsonObject { ["title"] = "Interviews", ["kind"] = "resource", ["resourceUrl"] = "https://example.org/guide.pdf", ["minutes"] = 15 }),
                            }),
                        },
                        new JsonObject { ["slug"] = "borrador", ["title"] = "Borrador secreto", ["published"] = false }),
                }),
        };
        return recipe.ToJsonString();
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
