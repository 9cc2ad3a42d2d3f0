using System.Text.Json.Nodes;

namespace InnovationAcademy.IntegrationTests;

/// <summary>The shipped MOOC recipe sets a site up with the whole course, its narrated videos and captions.</summary>
public sealed class SampleContentTests(SampleContentTests.Site site) : IClassFixture<SampleContentTests.Site>
{
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    [Fact]
    public async Task The_catalog_offers_the_mooc_and_the_two_govtech_courses()
    {
        using var visitor = site.CreateSiteClient();
        var catalog = await visitor.GetPageAsync("/courses");
        Assert.Equal(
            ["Diseño centrado en las personas para pilotos GovTech", "GovTech para el territorio", "Innovación pública y social: conceptos y herramientas"],
            catalog.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task A_recipe_that_includes_an_unknown_recipe_fails_naming_it()
    {
        using var admin = await RecipeTests.AdminAsync(site);
        var unknown = await RecipeTests.UploadAsync(admin, """{ "name": "x", "steps": [ { "name": "Recipes", "recipes": ["no-such"] } ] }""", "x.recipe.json");
        Assert.Contains("recipe 'no-such': no shipped recipe has this name", (await SiteClient.ParseAsync(unknown)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mooc_has_seven_modules_each_with_a_captioned_video_and_a_reading()
    {
        // The recipe enrols its sample learner in the MOOC.
        using var visitor = await site.LearnerAsync();
        var outline = JsonNode.Parse(await visitor.Http.GetStringAsync("/api/courses/innovacion-publica-y-social"))!;
        Assert.Equal("Innovación pública y social: conceptos y herramientas", outline["title"]!.GetValue<string>());
        Assert.Equal(22m, outline["hours"]!.GetValue<decimal>());
        var modules = outline["modules"]!.AsArray();
        Assert.Equal(
            ["Laboratorios ciudadanos", "Cultura abierta", "El hexágono de la innovación pública", "Enfoque conductual para intervenciones públicas", "Design thinking", "Metodologías participativas", "Innovación social y pensamiento de futuros"],
            modules.Select(m => m!["title"]!.GetValue<string>()[3..]));

        foreach (var module in modules)
        {
            var lessons = module!["lessons"]!.AsArray();
            var video = lessons.First(l => l!["kind"]!.GetValue<string>() == "video")!;
            var reading = lessons.First(l => l!["kind"]!.GetValue<string>() == "reading")!;

            var videoPage = await visitor.GetPageAsync($"/courses/innovacion-publica-y-social/lessons/{video["id"]}");
            Assert.True(videoPage.QuerySelector(".transcript")!.TextContent.Length > 200);
            var source = videoPage.QuerySelector("video")!.GetAttribute("src")!;
            var captions = videoPage.QuerySelector("video track[kind=captions]")!.GetAttribute("src")!;
            var file = await visitor.Http.GetAsync(source);
            Assert.Equal("video/webm", file.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("WEBVTT", await visitor.Http.GetStringAsync(captions), StringComparison.Ordinal);

            var readingPage = await visitor.GetPageAsync($"/courses/innovacion-publica-y-social/lessons/{reading["id"]}");
            var words = readingPage.QuerySelector(".lesson-body")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words >= 300, $"{reading["title"]} has {words} words");
        }
    }

    [Fact]
    public async Task Each_module_of_the_mooc_ends_in_a_quiz_the_sample_learner_has_yet_to_pass()
    {
        using var learner = await site.LearnerAsync();
        var course = await learner.GetPageAsync("/courses/innovacion-publica-y-social");
        var quizzes = course.QuerySelectorAll(".outline .module-extra a").ToList();
        Assert.Equal(7, quizzes.Count);
        Assert.All(quizzes, q => Assert.StartsWith("Cuestionario: ", q.TextContent.Trim(), StringComparison.Ordinal));

        // The sample learner did the first module's two lessons: 2 of 22 steps (7 × two lessons and a quiz, and the final assignment).
        Assert.Equal("9", course.QuerySelector("#course-progress")!.GetAttribute("value"));
        foreach (var link in quizzes)
        {
            var intro = await learner.GetPageAsync(link.GetAttribute("href")!);
            var questions = int.Parse(intro.QuerySelector(".facts dd")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            // Four at least in every module, its own or drawn from the bank: three is too few to tell who learnt.
            Assert.InRange(questions, 4, 10);
            Assert.Contains("70", intro.QuerySelectorAll(".facts dd")[1].TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Previous and next walk the whole course as its outline lists it — each module's lessons, then its quiz, then the
    /// final assignment — and "Continue" leads to the first thing not done: here module 1's quiz, its lessons being done.
    /// </summary>
    [Fact]
    public async Task Previous_and_next_walk_lessons_quizzes_and_the_assignment_and_continue_leads_to_what_is_not_done()
    {
        using var learner = await site.LearnerAsync();
        var course = await learner.GetPageAsync("/courses/innovacion-publica-y-social");
        var path = course.QuerySelectorAll(".outline a, .outline-end a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7 * 3 + 1, path.Count);

        var quiz = course.QuerySelectorAll(".outline .module-extra a")[0].GetAttribute("href")!;
        Assert.Equal(quiz, course.QuerySelector(".continue a.button")!.GetAttribute("href"));
        var resumed = await learner.Http.GetAsync("/courses/innovacion-publica-y-social/continue");
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal(quiz, resumed.Headers.Location!.OriginalString);
        var mine = await learner.GetPageAsync("/my/courses");
        Assert.Equal("/courses/innovacion-publica-y-social/continue", mine.QuerySelector("a.button-primary[href$='/continue']")!.GetAttribute("href"));

        for (var i = 0; i < path.Count; i++)
        {
            var page = await learner.GetPageAsync(path[i]);
            Assert.Equal(i > 0 ? path[i - 1] : null, page.QuerySelector(".lesson-nav a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i < path.Count - 1 ? path[i + 1] : null, page.QuerySelector(".lesson-nav a[rel=next]")?.GetAttribute("href"));
        }
    }
}
