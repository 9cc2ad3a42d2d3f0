using System.IO.Compression;
using System.Text;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Assignments;

/// <summary>The final assignment: hand-ins checked by content, private files, grading, rework and blind review.</summary>
[Trait("Category", "Data")]
public sealed class AssignmentTests : IAsyncLifetime
{
    private const string Blind = "trabajo-anonimo";
    private const string Open = "trabajo-abierto";
    private const string Double = "trabajo-doble";

    private readonly SmtpTestServer _smtp = new();
    private AcademySiteFactory _site = null!;
    private SiteClient _grader = null!;

    private static string Recipe => $$"""
        { "name": "assignment-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "beto@test.localhost", "name": "Beto Peña", "roles": ["Learner"], "password": "demo-academia-2026" }
          ] },
          { "name": "Courses", "courses": [
            {{Course(Blind, true)}},
            {{Course(Open, false)}},
            {{Course(Double, false, secondReviewer: true)}}
          ] } ] }
        """;

    private static string Course(string slug, bool blind, bool secondReviewer = false) => $$"""
        { "slug": "{{slug}}", "title": "Curso {{slug}}", "published": true, "hours": 2,
          "modules": [ { "title": "Uno", "lessons": [ { "key": "{{LessonKey(slug)}}", "title": "Lección", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ],
          "assignment": { "title": "Propuesta final", "instructions": "Escribe **tu propuesta**.", "maxFileMegabytes": 1, "maxFiles": 2, "blind": {{(blind ? "true" : "false")}}, "secondReviewer": {{(secondReviewer ? "true" : "false")}},
            "rubric": [ { "title": "Problema", "levels": ["Sin definir", "Definido", "Con evidencias"] }, { "title": "Prototipo", "levels": ["No", "Sí"] } ] } }
        """;

    private static string LessonKey(string slug) => slug switch
    {
        Blind => "e1e1e1e1-0000-4000-8000-000000000001",
        Open => "e2e2e2e2-0000-4000-8000-000000000002",
        _ => "e3e3e3e3-0000-4000-8000-000000000003",
    };

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "assignment-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        _grader = _site.CreateSiteClient();
        await _grader.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
    }

    public async Task DisposeAsync()
    {
        _grader.Dispose();
        await _site.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task Files_are_checked_by_content_and_size_and_a_refused_hand_in_keeps_nothing()
    {
        using var ana = await LearnerAsync("ana@test.localhost", Blind);
        var program = await HandInAsync(ana, Blind, "Mi propuesta", ("propuesta.pdf", Encoding.ASCII.GetBytes("MZ\u0090\u0000 not a pdf at all")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, program.StatusCode);
        var page = await SiteClient.ParseAsync(program);
        Assert.Contains("propuesta.pdf", page.QuerySelector("#files ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mi propuesta", page.QuerySelector("textarea#text")!.TextContent);

        var huge = await HandInAsync(ana, Blind, "Mi propuesta", ("grande.pdf", Pdf("Ana Nunez", 1_200_000)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        Assert.Contains("1 MB", (await SiteClient.ParseAsync(huge)).QuerySelector("#files ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _site.WithDbAsync(db => db.Set<Submission>().CountAsync()));

        // A PDF named .docx is stored as the PDF it is.
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Blind, "Mi propuesta", ("propuesta.docx", Pdf("Ana Nunez")))).StatusCode);
        var file = await _site.WithDbAsync(db => db.Set<SubmissionFile>().SingleAsync());
        Assert.EndsWith(".pdf", file.StoredName, StringComparison.Ordinal);
        Assert.Equal("application/pdf", file.ContentType);
    }

    [Fact]
    public async Task Files_go_only_to_their_owner_and_graders_always_as_downloads()
    {
        using var ana = await LearnerAsync("ana@test.localhost", Blind);
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Blind, "", ("mi-trabajo.pdf", Pdf("Ana Nunez")))).StatusCode);
        var id = await _site.WithDbAsync(db => db.Set<SubmissionFile>().Select(f => f.Id).SingleAsync());

        var own = await ana.Http.GetAsync($"/courses/{Blind}/assignment/files/{id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("mi-trabajo.pdf", own.Content.Headers.ContentDisposition.FileNameStar ?? own.Content.Headers.ContentDisposition.FileName);

        using var beto = await LearnerAsync("beto@test.localhost", Blind);
        var theirs = await beto.Http.GetAsync($"/courses/{Blind}/assignment/files/{id}");
        var missing = await beto.Http.GetAsync($"/courses/{Blind}/assignment/files/{id + 1000}");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(missing.StatusCode, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await beto.Http.GetAsync($"/admin/courses/{Blind}/assignments/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await beto.Http.GetAsync($"/admin/courses/{Blind}/assignments")).StatusCode);
        using var visitor = _site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Http.GetAsync($"/courses/{Blind}/assignment/files/{id}")).StatusCode);

        var grader = await _grader.Http.GetAsync($"/admin/courses/{Blind}/assignments/files/{id}");
        Assert.Equal("attachment", grader.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Blind_grading_hides_the_learner_everywhere_until_the_grades_are_released()
    {
        using var ana = await LearnerAsync("ana@test.localhost", Blind);
        await CompleteLessonAsync(ana, Blind, "e1e1e1e1-0000-4000-8000-000000000001");
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Blind, "Propuesta de Ana Núñez sin firmar.", ("propuesta.pdf", Pdf("Ana Nunez")), ("anexo.docx", Docx("Ana Nunez")))).StatusCode);
        var code = await _site.WithDbAsync(db => db.Set<Submission>().Select(s => s.Code).SingleAsync());

        var list = await _grader.GetPageAsync($"/admin/courses/{Blind}/assignments");
        var rows = list.QuerySelector("table.submissions")!.TextContent;
        Assert.Contains(code, rows, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@test.localhost", list.Body!.InnerHtml, StringComparison.Ordinal);
        var gradeUrl = list.QuerySelector("table.submissions tbody a")!.GetAttribute("href")!;
        var grade = await _grader.GetPageAsync(gradeUrl);
        Assert.DoesNotContain("ana@test.localhost", grade.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("propuesta.pdf", grade.Body.InnerHtml, StringComparison.Ordinal);
        Assert.All(grade.QuerySelectorAll("ul.files a"), a => Assert.Matches(@"^Archivo \d+\.(pdf|docx)$", a.TextContent));
        Assert.StartsWith($"Entrega {code}", grade.Title, StringComparison.Ordinal);

        // The files come without the author's name in their metadata, under a neutral name.
        foreach (var link in grade.QuerySelectorAll("ul.files a").Select(a => a.GetAttribute("href")!))
        {
            var download = await _grader.Http.GetAsync(link);
            var name = download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName!;
            Assert.DoesNotContain("propuesta", name, StringComparison.Ordinal);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.DoesNotContain("Ana Nunez", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            if (name.EndsWith(".docx", StringComparison.Ordinal))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                Assert.Null(zip.GetEntry("docProps/core.xml"));
                Assert.NotNull(zip.GetEntry("word/document.xml"));
            }
        }

        var csv = await _grader.Http.GetStringAsync($"/admin/courses/{Blind}/assignments/export");
        Assert.Contains(code, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@test.localhost", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Núñez", csv, StringComparison.Ordinal);
        // The workbook for people hides the same, and names each rubric criterion's column.
        var sheet = await Workbook.RowsAsync(await _grader.Http.GetAsync($"/admin/courses/{Blind}/assignments/export?format=xlsx"));
        Assert.Equal(["Código", "Persona", "Correo electrónico", "Estado", "Ronda", "Entregado", "Problema", "Prototipo", "Puntos", "Puntos máximos"], sheet[0].Keys);
        Assert.Equal(code, sheet[0]["Código"]);
        Assert.DoesNotContain(sheet[0].Values, v => v is string text && (text.Contains("Núñez", StringComparison.Ordinal) || text.Contains("ana@", StringComparison.Ordinal)));
        Assert.IsType<DateTime>(sheet[0]["Entregado"]);

        // Accepted, but held: the learner is told nothing and the course is not complete yet.
        await GradeAsync(gradeUrl, "accept", "Muy buena propuesta.", 2, 1);
        Assert.DoesNotContain((await ana.GetPageAsync($"/courses/{Blind}/assignment")).QuerySelector(".status")!.TextContent, "Aceptado", StringComparison.Ordinal);
        Assert.Null(await _site.WithDbAsync(db => db.Set<Enrollment>().Where(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == Blind)).Select(e => e.CompletedUtc).SingleAsync()));
        Assert.DoesNotContain(_smtp.Messages(), m => m.Subject!.Contains("aceptado", StringComparison.Ordinal));

        // Releasing names everyone: the list only leads to a confirmation that says what will happen.
        Assert.Null((await _grader.GetPageAsync($"/admin/courses/{Blind}/assignments")).QuerySelector($"form[action='/admin/courses/{Blind}/assignments/release']"));
        var confirm = await _grader.GetPageAsync($"/admin/courses/{Blind}/assignments/release");
        Assert.Contains("1 persona recibe la decisión", confirm.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no se puede deshacer", confirm.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _grader.PressButtonAsync($"/admin/courses/{Blind}/assignments/release", $"/admin/courses/{Blind}/assignments/release")).StatusCode);
        var told = await _smtp.WaitForMessageAsync("ana@test.localhost", m => m.Subject!.Contains("aceptado", StringComparison.Ordinal));
        Assert.Contains("Muy buena propuesta.", told.TextBody, StringComparison.Ordinal);
        Assert.Contains("ana@test.localhost", (await _grader.GetPageAsync($"/admin/courses/{Blind}/assignments")).QuerySelector("table.submissions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aceptado", (await ana.GetPageAsync($"/courses/{Blind}/assignment")).QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await _site.WithDbAsync(db => db.Set<Enrollment>().Where(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == Blind)).Select(e => e.CompletedUtc).SingleAsync()));
    }

    [Fact]
    public async Task Needs_rework_tells_the_learner_why_and_the_second_round_can_be_accepted()
    {
        using var beto = await LearnerAsync("beto@test.localhost", Open);
        await CompleteLessonAsync(beto, Open, "e2e2e2e2-0000-4000-8000-000000000002");
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(beto, Open, "Primera versión <script>alert(1)</script>")).StatusCode);

        var list = await _grader.GetPageAsync($"/admin/courses/{Open}/assignments");
        Assert.Contains("beto@test.localhost", list.QuerySelector("table.submissions")!.TextContent, StringComparison.Ordinal);
        var gradeUrl = list.QuerySelector("table.submissions tbody a")!.GetAttribute("href")!;
        HostileInputTests.AssertInert(await _grader.GetPageAsync(gradeUrl), "submission text");

        // Rework without saying what to change is refused at the field; without levels too.
        var bare = await _grader.SubmitFormAsync(gradeUrl, [new("decision", "rework"), new("feedback", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Equal(3, (await SiteClient.ParseAsync(bare)).QuerySelectorAll(".field-error").Length);

        await GradeAsync(gradeUrl, "rework", "Falta el prototipo.", 1, 0);
        var mail = await _smtp.WaitForMessageAsync("beto@test.localhost");
        Assert.Contains("Falta el prototipo.", mail.TextBody, StringComparison.Ordinal);
        var page = await beto.GetPageAsync($"/courses/{Open}/assignment");
        Assert.Contains("Falta el prototipo.", page.QuerySelector(".feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Problema: Definido (nivel 2 de 3)", "Prototipo: No (nivel 1 de 2)"], page.QuerySelectorAll(".rubric-levels li").Select(li => li.TextContent));

        // The grades page shows the same, and that the certificate still waits for this work.
        var grades = await beto.GetPageAsync($"/my/courses/{Open}/grades");
        Assert.StartsWith($"Calificaciones: Curso {Open}", grades.Title, StringComparison.Ordinal);
        var row = grades.QuerySelector("table.grades tbody tr")!;
        Assert.Contains("Trabajo final", row.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Propuesta final", row.QuerySelector("a")!.TextContent);
        Assert.Equal("Necesita cambios", row.QuerySelector(".badge")!.TextContent);
        Assert.Equal(["Problema", "Definido (nivel 2 de 3)", "Prototipo", "No (nivel 1 de 2)"],
            grades.QuerySelectorAll("table.rubric-result tbody th, table.rubric-result tbody td").Select(c => c.TextContent.Trim()));

        // The rubric's total stands as the grade: level 2 of 3 gives 1 point of 2, level 1 of 2 none of 1.
        Assert.Equal("1 de 3 puntos", grades.QuerySelector(".rubric-total")!.TextContent);
        Assert.Equal("1 de 3 puntos", row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Falta el prototipo.", grades.QuerySelector(".feedback")!.TextContent);
        Assert.Equal(["Propuesta final"], grades.QuerySelectorAll(".still-needed > li").Select(li => li.TextContent.Trim()));
        Assert.Equal($"/courses/{Open}/assignment", grades.QuerySelector(".still-needed > li a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(beto, Open, "Segunda versión, con prototipo.")).StatusCode);
        await GradeAsync(gradeUrl, "accept", "Ahora sí.", 2, 1);
        var submission = await _site.WithDbAsync(db => db.Set<Submission>().Include(s => s.Reviews).SingleAsync());
        Assert.Equal(2, submission.Round);
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Equal(2, submission.Reviews.Count);
        Assert.NotNull(await _site.WithDbAsync(db => db.Set<Enrollment>().Where(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == Open)).Select(e => e.CompletedUtc).SingleAsync()));

        // Accepted work is final.
        Assert.Null((await beto.GetPageAsync($"/courses/{Open}/assignment")).QuerySelector("form[enctype]"));
        var done = await beto.GetPageAsync($"/my/courses/{Open}/grades");
        Assert.Equal("Aprobado", done.QuerySelector("table.grades .badge")!.TextContent);
        Assert.StartsWith("Completaste el curso el", done.QuerySelector(".notice-ok")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector(".still-needed"));

        // Another learner's grades are not reachable, nor those of a course she is not in.
        using var ana = _site.CreateSiteClient();
        await ana.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.Http.GetAsync($"/my/courses/{Open}/grades")).StatusCode);
    }

    [Fact]
    public async Task Two_graders_review_independently_and_an_administrator_decides_with_both_in_view()
    {
        using var beto = await LearnerAsync("beto@test.localhost", Double);
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(beto, Double, "Mi propuesta para dos revisores.")).StatusCode);
        var gradeUrl = (await _grader.GetPageAsync($"/admin/courses/{Double}/assignments")).QuerySelector("table.submissions tbody a")!.GetAttribute("href")!;

        await GradeAsync(gradeUrl, "accept", "Me parece bien.", 2, 1);
        var afterFirst = await _grader.GetPageAsync(gradeUrl);
        Assert.Null(afterFirst.QuerySelector("input[name=decision][value=accept]:not([id^=final])"));
        Assert.Null(afterFirst.QuerySelector(".decide-form"));

        // The second grader does not see the first grade before giving theirs.
        using var second = await RecipeTests.AdminAsync(_site);
        var before = await second.GetPageAsync(gradeUrl);
        Assert.DoesNotContain("Me parece bien.", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitFormAsync(gradeUrl,
            [new(LevelName(before, 0), "1"), new(LevelName(before, 1), "0"), new("decision", "rework"), new("feedback", "Falta el prototipo.")])).StatusCode);
        Assert.Equal(SubmissionStatus.Submitted, await _site.WithDbAsync(db => db.Set<Submission>().Select(s => s.Status).SingleAsync()));
        Assert.Contains("Entregado", (await beto.GetPageAsync($"/courses/{Double}/assignment")).QuerySelector(".status")!.TextContent, StringComparison.Ordinal);

        // The administrator sees both reviews and decides; the learner hears the decision.
        var decide = await _grader.GetPageAsync(gradeUrl);
        Assert.Equal(2, decide.QuerySelectorAll(".review-card").Length);
        Assert.Contains("Falta el prototipo.", decide.QuerySelector(".reviews")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _grader.SubmitFormAsync(gradeUrl, [new("decision", "accept"), new("feedback", "Aceptada; añade el prototipo al aplicarla.")], gradeUrl + "/decide")).StatusCode);
        var mail = await _smtp.WaitForMessageAsync("beto@test.localhost");
        Assert.Contains("Aceptada; añade el prototipo al aplicarla.", mail.TextBody, StringComparison.Ordinal);
        var submission = await _site.WithDbAsync(db => db.Set<Submission>().Include(s => s.Reviews).SingleAsync());
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Equal(3, submission.Reviews.Count);
        Assert.Single(submission.Reviews, r => r.IsDecision);
    }

    [Fact]
    public async Task An_assigned_reviewer_grades_that_assignment_only_and_never_their_own_work()
    {
        using var beto = await LearnerAsync("beto@test.localhost", Open);
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(beto, Open, "La propuesta de Beto.")).StatusCode);
        using var ana = await LearnerAsync("ana@test.localhost", Open);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/admin/courses/{Open}/assignments")).StatusCode);

        // Only people with an account can be reviewers, said at the field.
        var unknown = await _grader.SubmitFormAsync($"/admin/courses/{Open}/assignments", [new("email", "nadie@test.localhost")], $"/admin/courses/{Open}/assignments/reviewers");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(unknown)).QuerySelector("#reviewer-email + button + .field-error, form .field-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await _grader.SubmitFormAsync($"/admin/courses/{Open}/assignments", [new("email", "ana@test.localhost")], $"/admin/courses/{Open}/assignments/reviewers")).StatusCode);
        Assert.Contains($"/admin/courses/{Open}/assignments", (await _smtp.WaitForMessageAsync("ana@test.localhost", m => m.Subject!.Contains("revisión", StringComparison.Ordinal))).TextBody, StringComparison.Ordinal);

        // Ana grades this assignment, not the other course's, and cannot release or export.
        var list = await ana.GetPageAsync($"/admin/courses/{Open}/assignments");
        Assert.Null(list.QuerySelector($"a[href='/admin/courses/{Open}/assignments/export']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/admin/courses/{Open}/assignments/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/admin/courses/{Blind}/assignments")).StatusCode);
        var gradeUrl = list.QuerySelector("table.submissions tbody a")!.GetAttribute("href")!;
        var page = await ana.GetPageAsync(gradeUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await ana.SubmitFormAsync(gradeUrl,
            [new(LevelName(page, 0), "2"), new(LevelName(page, 1), "1"), new("decision", "accept"), new("feedback", "Bien hecho.")])).StatusCode);
        Assert.Equal(SubmissionStatus.Accepted, await _site.WithDbAsync(db => db.Set<Submission>().Select(s => s.Status).SingleAsync()));

        // Her own hand-in is not hers to grade.
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Open, "La propuesta de Ana.")).StatusCode);
        var own = (await ana.GetPageAsync($"/admin/courses/{Open}/assignments")).QuerySelectorAll("table.submissions tbody a").Single(a => a.TextContent.Contains("Ana", StringComparison.Ordinal)).GetAttribute("href")!;
        var ownPage = await ana.GetPageAsync(own);
        await ana.SubmitFormAsync(own, [new(LevelName(ownPage, 0), "2"), new(LevelName(ownPage, 1), "1"), new("decision", "accept"), new("feedback", "")]);
        Assert.Equal(SubmissionStatus.Submitted, await _site.WithDbAsync(db => db.Set<Submission>().Where(s => s.Text == "La propuesta de Ana.").Select(s => s.Status).SingleAsync()));

        // Removed, she is a learner again.
        var userId = await _site.WithDbAsync(db => db.Set<InnovationAcademy.Users.Models.AcademyUser>().Where(u => u.Email == "ana@test.localhost").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _grader.PressButtonAsync($"/admin/courses/{Open}/assignments", $"/admin/courses/{Open}/assignments/reviewers/{userId}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/admin/courses/{Open}/assignments")).StatusCode);
    }

    private static string LevelName(AngleSharp.Dom.IDocument page, int index) =>
        page.QuerySelectorAll("input[type=radio][name^=level-]").Select(i => i.GetAttribute("name")!).Distinct().ElementAt(index);

    private async Task<SiteClient> LearnerAsync(string email, string slug)
    {
        var client = _site.CreateSiteClient();
        await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
        await client.EnrolAsync(slug);
        return client;
    }

    private static async Task CompleteLessonAsync(SiteClient client, string slug, string lesson) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.PressButtonAsync($"/courses/{slug}/lessons/{lesson}", $"/my/courses/{slug}/lessons/{lesson}/complete")).StatusCode);

    private static async Task<HttpResponseMessage> HandInAsync(SiteClient client, string slug, string text, params (string Name, byte[] Content)[] files)
    {
        var url = $"/courses/{slug}/assignment";
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector($"form[action='{url}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(text), "text" } };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await client.Http.PostAsync(url, content);
    }

    private async Task GradeAsync(string gradeUrl, string decision, string feedback, int problemLevel, int prototypeLevel)
    {
        var page = await _grader.GetPageAsync(gradeUrl);
        var names = page.QuerySelectorAll("input[type=radio][name^=level-]").Select(i => i.GetAttribute("name")!).Distinct().ToList();
        var response = await _grader.SubmitFormAsync(gradeUrl,
            [new(names[0], problemLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(names[1], prototypeLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", decision), new("feedback", feedback)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A small PDF whose document information names its author, padded to <paramref name="size"/> bytes.</summary>
    private static byte[] Pdf(string author, int size = 0)
    {
        var text = $"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Author ({author}) /Creator (Writer) >> endobj\ntrailer << /Root 1 0 R /Info 2 0 R >>\n%%EOF\n";
        var bytes = Encoding.ASCII.GetBytes(text);
        return size <= bytes.Length ? bytes : [.. bytes, .. new byte[size - bytes.Length]];
    }

    /// <summary>A minimal Word document whose properties name its author.</summary>
    private static byte[] Docx(string author)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
            Write(zip, "docProps/core.xml", $"<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"y\"><dc:creator>{author}</dc:creator></cp:coreProperties>");
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    [Fact]
    public async Task Eight_hand_ins_at_once_store_no_more_files_than_allowed_and_do_not_block_the_learner()
    {
        using var ana = await LearnerAsync("ana@test.localhost", Open);
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Open, "Uno", ("a.pdf", Pdf("Ana")))).StatusCode);
        var url = $"/courses/{Open}/assignment";
        var page = await ana.GetPageAsync(url);
        var token = page.QuerySelector($"form[action='{url}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<HttpResponseMessage> Post(int i)
        {
            using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Dos"), "text" } };
            content.Add(new ByteArrayContent(Pdf("Ana", 900_000)), "files", $"b{i}.pdf");
            return await ana.Http.PostAsync(url, content);
        }
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(Post));
        var files = await _site.WithDbAsync(db => db.Set<SubmissionFile>().CountAsync());
        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.True(files <= 2, $"{files} files stored where 2 are allowed");
        // The learner is not blocked: a hand-in without new files still goes through.
        Assert.Equal(HttpStatusCode.Redirect, (await HandInAsync(ana, Open, "Solo texto")).StatusCode);
    }
}
