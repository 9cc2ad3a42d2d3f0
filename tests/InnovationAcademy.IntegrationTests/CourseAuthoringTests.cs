using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary>An editor writes a course at /admin/courses without JavaScript; learners see only what is published.</summary>
[Trait("Category", "Data")]
public sealed class CourseAuthoringTests : IAsyncLifetime
{
    private readonly AcademySiteFactory _site = new();
    private SiteClient _editor = null!;

    public async Task InitializeAsync()
    {
        _editor = _site.CreateSiteClient();
        await _editor.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
    }

    [Fact]
    public async Task Editor_writes_previews_publishes_changes_and_restores_a_course()
    {
        var created = await _editor.SubmitFormAsync("/admin/courses/create",
            [new("Slug", "diseno-de-servicios"), new("Title", "Diseño de servicios públicos"), new("Summary", "Del problema al piloto."), new("Language", "es"), new("Hours", "6"), new("Topics", "diseño, servicios")]);
        Assert.Equal("/admin/courses/diseno-de-servicios", created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitFormAsync("/admin/courses/diseno-de-servicios", [new("title", "Entender el problema")], "/admin/courses/diseno-de-servicios/modules")).StatusCode);
        var lessonUrl = await AddLessonAsync("diseno-de-servicios", "Entrevistas");

        const string body = "## Cómo entrevistar\n\nEscucha más de lo que hablas.\n\n<script>alert('x')</script>";
        var preview = await _editor.SubmitFormAsync(lessonUrl, [new("Title", "Entrevistas"), new("Kind", "reading"), new("Minutes", "12"), new("Body", body), new("preview", "1")]);
        var previewPage = await SiteClient.ParseAsync(preview);
        Assert.Equal("Cómo entrevistar", previewPage.QuerySelector(".preview h2 + div h2, .preview .lesson-body h2")!.TextContent.Trim());
        Assert.Empty(previewPage.QuerySelectorAll("script:not([src^='/_content/'])"));
        Assert.Equal(body, previewPage.QuerySelector("textarea[name=Body]")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));

        var saved = await _editor.SubmitFormAsync(lessonUrl, [new("Title", "Entrevistas"), new("Kind", "reading"), new("Minutes", "12"), new("Body", body)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = _site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/courses/diseno-de-servicios")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PressButtonAsync("/admin/courses/diseno-de-servicios/publish", "/admin/courses/diseno-de-servicios/publish")).StatusCode);
        var published = await visitor.GetPageAsync("/courses/diseno-de-servicios");
        Assert.Equal("Diseño de servicios públicos", published.QuerySelector("h1")!.TextContent.Trim());
        using var learner = await _site.LearnerAsync("diseno-de-servicios");
        var lesson = await learner.GetPageAsync(published.QuerySelector(".outline a")!.GetAttribute("href")!);
        Assert.Equal("Cómo entrevistar", lesson.QuerySelector(".lesson-body h2")!.TextContent.Trim());
        Assert.Empty(lesson.QuerySelectorAll("script:not([src^='/_content/'])"));

        // A change is a draft until published again.
        var renamed = await _editor.SubmitFormAsync("/admin/courses/diseno-de-servicios",
            [new("Details.Title", "Diseño de servicios (borrador)"), new("Details.Language", "es"), new("Details.Hours", "6")], "/admin/courses/diseno-de-servicios");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Diseño de servicios públicos", (await visitor.GetPageAsync("/courses/diseno-de-servicios")).QuerySelector("h1")!.TextContent.Trim());
        var state = (await _editor.GetPageAsync("/admin/courses/diseno-de-servicios")).QuerySelector("#publication-state")!.TextContent;
        // Create, add a module, add a lesson, save it: version 4 published; the new title is version 5.
        Assert.Contains("4", state, StringComparison.Ordinal);
        Assert.Contains("5", state, StringComparison.Ordinal);

        // History lists every save with its author; restoring version 1 makes a new draft from it.
        var history = await _editor.GetPageAsync("/admin/courses/diseno-de-servicios/history");
        Assert.Equal(5, history.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("editor@academy.localhost", history.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lección guardada: Entrevistas", history.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Módulo añadido: Entender el problema", history.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PressButtonAsync("/admin/courses/diseno-de-servicios/history", "/admin/courses/diseno-de-servicios/history/1/restore")).StatusCode);
        var latest = await _site.WithDbAsync(db => db.Set<CourseVersion>().SingleAsync(v => v.Latest && v.Course.Slug == "diseno-de-servicios"));
        Assert.Equal(6, latest.Number);
        Assert.Equal("Diseño de servicios públicos", latest.Title);
        Assert.False(latest.Published);

        // Publishing the restored version (which had no modules yet) replaces the cached page visitors get.
        Assert.NotNull((await visitor.GetPageAsync("/courses/diseno-de-servicios")).QuerySelector(".outline"));
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PressButtonAsync("/admin/courses/diseno-de-servicios/publish", "/admin/courses/diseno-de-servicios/publish")).StatusCode);
        var republished = await visitor.GetPageAsync("/courses/diseno-de-servicios");
        Assert.Null(republished.QuerySelector(".outline"));
        Assert.NotNull(republished.QuerySelector(".empty"));

        var audit = await _site.WithDbAsync(db => db.Set<Core.Audit.AuditEntry>().Where(e => e.Subject == "diseno-de-servicios").Select(e => e.Action).ToListAsync());
        Assert.Contains("course.published", audit);
    }

    [Fact]
    public async Task Lessons_and_modules_reorder_without_javascript()
    {
        await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "orden"), new("Title", "Orden"), new("Language", "es"), new("Hours", "1")]);
        await _editor.SubmitFormAsync("/admin/courses/orden", [new("title", "Módulo")], "/admin/courses/orden/modules");
        foreach (var title in new[] { "Primera", "Segunda" })
        {
            await AddLessonAsync("orden", title);
        }

        var page = await _editor.GetPageAsync("/admin/courses/orden");
        var moveDown = page.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).First(a => a.Contains("/lessons/", StringComparison.Ordinal) && a.EndsWith("/move", StringComparison.Ordinal));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PostFormAsync(moveDown, [new("by", "1")], token)).StatusCode);
        var after = await _editor.GetPageAsync("/admin/courses/orden");
        Assert.Equal(["Segunda", "Primera"], after.QuerySelectorAll(".authoring-module ol a").Select(a => a.TextContent.Trim()));

        var renamed = await _editor.SubmitFormAsync("/admin/courses/orden", [new("title", "Módulo renombrado")], "/admin/courses/orden/modules/0/rename");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Módulo renombrado", (await _editor.GetPageAsync("/admin/courses/orden")).QuerySelector(".authoring-module h3")!.TextContent.Trim());
        var empty = await _editor.SubmitFormAsync("/admin/courses/orden", [new("title", "")], "/admin/courses/orden/modules/0/rename");
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        var refused = await _editor.GetPageAsync("/admin/courses/orden");
        Assert.Equal("Módulo 1: El título debe tener de 1 a 200 caracteres.", refused.QuerySelector(".notice-error")!.TextContent.Trim());
        Assert.Equal("Módulo renombrado", refused.QuerySelector(".authoring-module h3")!.TextContent.Trim());
    }

    [Fact]
    public async Task Bad_input_is_reported_at_its_field_and_nothing_is_saved()
    {
        var badSlug = await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "Mi Curso!"), new("Title", "Curso"), new("Language", "es"), new("Hours", "1")]);
        Assert.Equal(HttpStatusCode.OK, badSlug.StatusCode);
        var page = await SiteClient.ParseAsync(badSlug);
        Assert.NotEmpty(page.QuerySelector("#Slug ~ .field-error")!.TextContent.Trim());

        var badCover = await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "portada"), new("Title", "Portada"), new("Language", "es"), new("Hours", "1"), new("CoverImageUrl", "javascript:alert(1)")]);
        Assert.NotEmpty((await SiteClient.ParseAsync(badCover)).QuerySelector("#CoverImageUrl ~ .field-error")!.TextContent.Trim());

        await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "video"), new("Title", "Vídeo"), new("Language", "es"), new("Hours", "1")]);
        var duplicate = await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "video"), new("Title", "Otro"), new("Language", "es"), new("Hours", "1")]);
        Assert.NotEmpty((await SiteClient.ParseAsync(duplicate)).QuerySelector("#Slug ~ .field-error")!.TextContent.Trim());

        await _editor.SubmitFormAsync("/admin/courses/video", [new("title", "Módulo")], "/admin/courses/video/modules");
        var lessonUrl = await AddLessonAsync("video", "Clip");
        var before = await _site.WithDbAsync(db => db.Set<CourseVersion>().CountAsync(v => v.Course.Slug == "video"));
        var noTranscript = await _editor.SubmitFormAsync(lessonUrl, [new("Title", "Clip"), new("Kind", "video"), new("Minutes", "3"), new("VideoUrl", "https://attacker.invalid/v.mp4"), new("Transcript", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTranscript.StatusCode);
        var errors = await SiteClient.ParseAsync(noTranscript);
        Assert.NotEmpty(errors.QuerySelector("#Transcript ~ .field-error")!.TextContent.Trim());
        Assert.NotEmpty(errors.QuerySelector("#VideoUrl ~ .field-error")!.TextContent.Trim());
        Assert.Equal(before, await _site.WithDbAsync(db => db.Set<CourseVersion>().CountAsync(v => v.Course.Slug == "video")));
    }

    [Fact]
    public async Task Learners_cannot_reach_authoring_nor_publish()
    {
        await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "privado"), new("Title", "Privado"), new("Language", "es"), new("Hours", "1")]);
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/courses")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/courses/privado")).StatusCode);
        var token = (await learner.GetPageAsync("/account/profile")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostFormAsync("/admin/courses/privado/publish", [], token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.Http.GetAsync("/courses/privado")).StatusCode);
    }

    [Fact]
    public async Task A_learner_reading_a_lesson_gets_its_new_text_once_it_is_published_not_before()
    {
        await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", "relectura"), new("Title", "Relectura"), new("Language", "es"), new("Hours", "1")]);
        await _editor.SubmitFormAsync("/admin/courses/relectura", [new("title", "Módulo")], "/admin/courses/relectura/modules");
        var lessonAdmin = await AddLessonAsync("relectura", "Lectura");
        await _editor.SubmitFormAsync(lessonAdmin, [new("Title", "Lectura"), new("Kind", "reading"), new("Minutes", "5"), new("Body", "Primera versión.")]);
        await _editor.PressButtonAsync("/admin/courses/relectura/publish", "/admin/courses/relectura/publish");
        using var learner = await _site.LearnerAsync("relectura");
        var lessonUrl = (await learner.GetPageAsync("/courses/relectura")).QuerySelector(".outline a")!.GetAttribute("href")!;
        Assert.Contains("Primera versión.", (await learner.GetPageAsync(lessonUrl)).QuerySelector(".lesson-body")!.TextContent, StringComparison.Ordinal);

        // The published course is kept in memory for every lesson view: a draft leaves it alone, publishing replaces it.
        await _editor.SubmitFormAsync(lessonAdmin, [new("Title", "Lectura"), new("Kind", "reading"), new("Minutes", "5"), new("Body", "Segunda versión.")]);
        Assert.Contains("Primera versión.", (await learner.GetPageAsync(lessonUrl)).QuerySelector(".lesson-body")!.TextContent, StringComparison.Ordinal);
        await _editor.PressButtonAsync("/admin/courses/relectura/publish", "/admin/courses/relectura/publish");
        Assert.Contains("Segunda versión.", (await learner.GetPageAsync(lessonUrl)).QuerySelector(".lesson-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_lesson_is_added_in_one_step_and_a_refused_one_keeps_what_was_typed()
    {
        // The address is made from the title when left empty: accents dropped, and unique.
        var first = await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", ""), new("Title", "Innovación pública: ¿por dónde empezar?"), new("Language", "es"), new("Hours", "2")]);
        Assert.Equal("/admin/courses/innovacion-publica-por-donde-empezar", first.Headers.Location!.OriginalString);
        var second = await _editor.SubmitFormAsync("/admin/courses/create", [new("Slug", ""), new("Title", "Innovación Pública: ¿Por dónde empezar?"), new("Language", "es"), new("Hours", "2")]);
        Assert.Equal("/admin/courses/innovacion-publica-por-donde-empezar-2", second.Headers.Location!.OriginalString);
        const string slug = "innovacion-publica-por-donde-empezar";
        await _editor.SubmitFormAsync($"/admin/courses/{slug}", [new("title", "Primeros pasos")], $"/admin/courses/{slug}/modules");

        // The outline's "Add lesson" opens the whole form with the title and kind carried over.
        var outline = await _editor.GetPageAsync($"/admin/courses/{slug}");
        var addForm = outline.QuerySelector("form[action$='/modules/0/lessons/new']")!;
        Assert.Equal("get", addForm.GetAttribute("method"));
        var form = await _editor.GetPageAsync($"/admin/courses/{slug}/modules/0/lessons/new?title=Por%20qu%C3%A9%20innovar&kind=video");
        Assert.Equal("Por qué innovar", form.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#Kind option[value=video][selected]"));
        Assert.NotNull(form.QuerySelector("[data-kind=video] #VideoUrl"));

        // A video without its address or transcript is refused at those fields; what was typed stays, nothing is saved.
        var before = await _site.WithDbAsync(db => db.Set<CourseVersion>().CountAsync(v => v.Course.Slug == slug));
        var refused = await _editor.SubmitFormAsync($"/admin/courses/{slug}/modules/0/lessons/new?kind=video",
            [new("Title", "Por qué innovar"), new("Minutes", "4"), new("Body", "Lo que verás en el video."), new("VideoUrl", ""), new("Transcript", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await SiteClient.ParseAsync(refused);
        Assert.NotEmpty(again.QuerySelector("#VideoUrl ~ .field-error")!.TextContent.Trim());
        Assert.Equal("Por qué innovar", again.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal("Lo que verás en el video.", again.QuerySelector("#Body")!.TextContent);
        Assert.Equal(before, await _site.WithDbAsync(db => db.Set<CourseVersion>().CountAsync(v => v.Course.Slug == slug)));

        // Previewed, the video plays through the privacy-enhanced player; then it is added in one step.
        var preview = await SiteClient.ParseAsync(await _editor.SubmitFormAsync($"/admin/courses/{slug}/modules/0/lessons/new?kind=video",
            [new("Title", "Por qué innovar"), new("Minutes", "4"), new("VideoUrl", "https://youtu.be/aqz-KE-bpKQ"), new("Transcript", "Texto del video."), new("preview", "1")]));
        Assert.Equal("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", preview.QuerySelector(".preview iframe")!.GetAttribute("src"));
        var added = await _editor.SubmitFormAsync($"/admin/courses/{slug}/modules/0/lessons/new?kind=video",
            [new("Title", "Por qué innovar"), new("Minutes", "4"), new("VideoUrl", "https://youtu.be/aqz-KE-bpKQ"), new("Transcript", "Texto del video."), new("ResourceUrl", "https://ignorado.example/x.pdf")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lesson = await _site.WithDbAsync(db => db.Set<Lesson>().Where(l => l.Title == "Por qué innovar").OrderByDescending(l => l.Id).FirstAsync());
        Assert.Equal(("https://youtu.be/aqz-KE-bpKQ", (string?)null), (lesson.VideoUrl, lesson.ResourceUrl));

        // Each module of the outline offers its quiz; the first publication is confirmed and does not speak of versions.
        var edited = await _editor.GetPageAsync($"/admin/courses/{slug}");
        Assert.Contains("Añadir un cuestionario a «Primeros pasos»", edited.QuerySelector(".module-quiz")!.TextContent, StringComparison.Ordinal);
        var publish = edited.QuerySelector("a[href$='/publish']")!;
        Assert.Equal("Publicar el curso…", publish.TextContent);
        var confirm = await _editor.GetPageAsync(publish.GetAttribute("href")!);
        Assert.Equal("¿Publicar «Innovación pública: ¿por dónde empezar?»?", confirm.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("versión", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Adds a reading lesson to the first module through its form, and returns the address of its editor.</summary>
    private async Task<string> AddLessonAsync(string slug, string title)
    {
        var added = await _editor.SubmitFormAsync($"/admin/courses/{slug}/modules/0/lessons/new?kind=reading", [new("Title", title)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var location = added.Headers.Location!.OriginalString;
        Assert.StartsWith($"/admin/courses/{slug}#lesson-", location, StringComparison.Ordinal);
        return $"/admin/courses/{slug}/lessons/{location[(location.IndexOf("#lesson-", StringComparison.Ordinal) + "#lesson-".Length)..]}";
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
