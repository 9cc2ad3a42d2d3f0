using System.Text.Json.Nodes;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Quizzes;

/// <summary>
/// The course question bank shared by all quizzes of a course, and quiz authoring in the administration: a quiz
/// draws from questions that live in the bank only; editors create quizzes, write and remove questions and change
/// settings; changes that would break a quiz are refused, and changes to asked questions regrade the attempts.
/// </summary>
[Trait("Category", "Data")]
public sealed class QuestionBankTests : IAsyncLifetime
{
    private const string Slug = "banco-comun";
    private const string DrawingQuiz = "b1b1b1b1-0000-4000-8000-000000000001";
    private const string FixedQuiz = "b2b2b2b2-0000-4000-8000-000000000002";
    private const string LessonOne = "e1e1e1e1-0000-4000-8000-000000000001";
    private const string LessonTwo = "e2e2e2e2-0000-4000-8000-000000000002";
    private const string LessonThree = "e3e3e3e3-0000-4000-8000-000000000003";
    private const string BankUrl = $"/admin/courses/{Slug}/questions";
    private const string QuizzesUrl = $"/admin/courses/{Slug}/quizzes";

    /// <summary>Module one's quiz asks one question of its own and draws two from "repaso", which only the bank holds.</summary>
    private static readonly string Recipe = $$"""
        { "name": "bank-tests", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "{{Slug}}", "title": "Banco común", "language": "es", "hours": 1, "published": true,
          "questionBank": [
            { "key": "a0000000-0000-4000-8000-000000000001", "kind": "truefalse", "category": "repaso", "text": "Repaso uno.", "correct": true },
            { "key": "a0000000-0000-4000-8000-000000000002", "kind": "truefalse", "category": "repaso", "text": "Repaso dos.", "correct": true },
            { "key": "a0000000-0000-4000-8000-000000000003", "kind": "truefalse", "category": "repaso", "text": "Repaso tres.", "correct": true }
          ],
          "modules": [
            { "title": "Uno", "lessons": [ { "key": "{{LessonOne}}", "title": "Lección uno", "kind": "reading", "body": "Texto.", "minutes": 5 } ],
              "quiz": { "key": "{{DrawingQuiz}}", "title": "Con repaso", "passPercent": 50, "draw": [ { "category": "repaso", "count": 2 } ],
                "questions": [ { "kind": "truefalse", "text": "Pregunta propia.", "correct": true } ] } },
            { "title": "Dos", "lessons": [ { "key": "{{LessonTwo}}", "title": "Lección dos", "kind": "reading", "body": "Texto.", "minutes": 5 } ],
              "quiz": { "key": "{{FixedQuiz}}", "title": "Una sola pregunta", "questions": [ { "kind": "truefalse", "text": "Única pregunta.", "correct": true } ] } },
            { "title": "Tres", "lessons": [ { "key": "{{LessonThree}}", "title": "Lección tres", "kind": "reading", "body": "Texto.", "minutes": 5 } ] }
          ] } ] },
          { "name": "Users", "users": [ { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" } ] }
        ] }
        """;

    private static readonly Dictionary<string, string[]> AllTrue = new[] { "Pregunta propia.", "Repaso uno.", "Repaso dos.", "Repaso tres.", "Única pregunta." }
        .ToDictionary(text => text, _ => new[] { "Verdadero" });

    private AcademySiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        using var admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "bank-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_quiz_draws_from_questions_that_live_only_in_the_course_bank_and_the_bank_travels_with_the_course()
    {
        using var ana = await LearnerAsync();
        var result = await QuizSite.TakeAsync(ana, DrawingQuiz, AllTrue, Slug);
        Assert.Contains("100\u00A0%", (await ana.GetPageAsync(result)).QuerySelector(".result")!.TextContent, StringComparison.Ordinal);

        var order = await _site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.QuestionOrder).SingleAsync());
        var bankOnly = await _site.WithDbAsync(db => db.Set<Question>().Where(q => q.QuizId == null).Select(q => q.Key).ToListAsync());
        Assert.Equal(3, bankOnly.Count);
        Assert.Equal(3, order.Count);
        Assert.True(bankOnly.ToHashSet().IsSupersetOf(order.Skip(1)));

        using var admin = await RecipeTests.AdminAsync(_site);
        var exported = JsonNode.Parse(await admin.Http.GetStringAsync("/admin/recipes/export"))!;
        var course = exported["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Courses")!["courses"]!.AsArray()
            .Single(c => (string?)c!["slug"] == Slug)!;
        Assert.Equal(["Repaso uno.", "Repaso dos.", "Repaso tres."], course["questionBank"]!.AsArray().Select(q => (string?)q!["text"]));
    }

    [Fact]
    public async Task An_editor_builds_a_quiz_in_the_administration_and_learners_see_it_once_it_has_a_question()
    {
        using var editor = _site.CreateSiteClient();
        await editor.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var list = await editor.GetPageAsync(QuizzesUrl);
        var addUrl = list.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Añadir un cuestionario").GetAttribute("href")!;

        // A new choice question has room for four options at once, not two.
        var blankQuestion = await editor.GetPageAsync($"/admin/courses/{Slug}/questions/new?kind=SingleChoice");
        Assert.Equal(4, blankQuestion.QuerySelectorAll("input[name^=option-text-]").Length);

        // Wrong values are named at their field and nothing is created.
        var wrong = await editor.SubmitFormAsync(addUrl, [new("passPercent", "setenta"), new("draw-category-0", "repaso"), new("draw-count-0", "9")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var page = await SiteClient.ParseAsync(wrong);
        Assert.Equal("true", page.QuerySelector("#passPercent")!.GetAttribute("aria-invalid"));
        Assert.Contains("número entero", page.QuerySelector("#passPercent ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("entre 1 y las 3", page.QuerySelector("fieldset .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await _site.WithDbAsync(db => db.Set<Quiz>().CountAsync()));

        var created = await editor.SubmitFormAsync(addUrl, [new("title", "Cuestionario <b>tres</b>"), new("passPercent", "80")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var quiz = await _site.WithDbAsync(db => db.Set<Quiz>().SingleAsync(q => q.PassPercent == 80));
        Assert.Equal("Cuestionario <b>tres</b>", quiz.Title);

        // Without a question the quiz is not there for learners, nor required to finish the module.
        using var ana = await LearnerAsync();
        var quizUrl = QuizSite.QuizUrl(quiz.Key.ToString(), Slug);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.Http.GetAsync(quizUrl)).StatusCode);
        Assert.Empty((await ana.GetPageAsync($"/courses/{Slug}")).QuerySelectorAll($"a[href='{quizUrl}']"));

        var settings = await editor.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("no tiene preguntas", settings.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
        var newQuestion = $"{BankUrl}/new?quiz={quiz.Key}&kind=SingleChoice";
        var empty = await editor.SubmitFormAsync(newQuestion, [new("text", " "), new("option-text-0", "Sí"), new("option-text-1", "No"), new("correct", "0")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("necesita un texto", (await SiteClient.ParseAsync(empty)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        // A tolerance that is no number is refused, not read as none.
        foreach (var tolerance in new[] { "abc", "NaN", "1e308" })
        {
            var numeric = await editor.SubmitFormAsync($"{BankUrl}/new?quiz={quiz.Key}&kind=Numeric", [new("text", "¿Cuántos módulos?"), new("answers", "7"), new("tolerance", tolerance)]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, numeric.StatusCode);
            Assert.Contains("Escribe la tolerancia como un número", (await SiteClient.ParseAsync(numeric)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }

        // A row missing from the post does not hide the rows after it.
        var gap = await editor.SubmitFormAsync($"{BankUrl}/new?kind=SingleChoice", [new("text", "¿Con huecos?"), new("category", "huecos"), new("option-text-0", "Sí"), new("option-text-2", "No"), new("correct", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, gap.StatusCode);
        Assert.Equal(2, await _site.WithDbAsync(db => db.Set<Question>().Where(q => q.Text == "¿Con huecos?").SelectMany(q => q.Options).CountAsync()));

        var added = await editor.SubmitFormAsync(newQuestion, [new("text", "¿Terminó la lección tres?"), new("option-text-0", "Sí"), new("option-text-1", "No"), new("correct", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.NotEmpty((await ana.GetPageAsync($"/courses/{Slug}")).QuerySelectorAll($"a[href='{quizUrl}']"));
        var intro = await ana.GetPageAsync(quizUrl);
        Assert.Equal("Cuestionario <b>tres</b>", intro.QuerySelector("h1")!.TextContent.Trim());

        // Authors do not see learners' results; learners do not reach the bank.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"{QuizzesUrl}/{quiz.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync(BankUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"{QuizzesUrl}/{quiz.Key}/settings")).StatusCode);
        var posted = await ana.PostFormAsync($"{BankUrl}/new", [new("kind", "TrueFalse"), new("text", "Intrusa."), new("correct", "true")], await TokenAsync(ana, $"/courses/{Slug}"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.False(await _site.WithDbAsync(db => db.Set<Question>().AnyAsync(q => q.Text == "Intrusa.")));
    }

    [Fact]
    public async Task Bank_edits_regrade_the_attempts_that_drew_the_question_and_removals_that_would_break_a_quiz_are_refused()
    {
        using var ana = await LearnerAsync();
        await QuizSite.TakeAsync(ana, DrawingQuiz, AllTrue, Slug);
        var drawn = await _site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.QuestionOrder).SingleAsync());

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var editUrl = $"{BankUrl}/{drawn[1]}";
        Assert.Contains("preguntado: 1", (await manager.GetPageAsync(editUrl)).QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync(editUrl, [new("correct", "false")], editUrl)).StatusCode);
        Assert.Equal(66.67m, await _site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.ScorePercent).SingleAsync()));

        // The draw needs two of "repaso": the first removal leaves two, the second is refused with the reason.
        var notDrawn = (await _site.WithDbAsync(db => db.Set<Question>().Where(q => q.Category == "repaso").Select(q => q.Key).ToListAsync())).Except(drawn).Single();
        var confirm = await manager.GetPageAsync($"{BankUrl}/{notDrawn}/delete");
        Assert.Contains("Ningún intento", confirm.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PressButtonAsync($"{BankUrl}/{notDrawn}/delete", $"{BankUrl}/{notDrawn}/delete")).StatusCode);

        var refusal = await manager.GetPageAsync($"{BankUrl}/{drawn[1]}/delete");
        Assert.Contains("«repaso»", refusal.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(refusal.QuerySelectorAll($"form[action='{BankUrl}/{drawn[1]}/delete']"));
        var forced = await manager.PostFormAsync($"{BankUrl}/{drawn[1]}/delete", [], await TokenAsync(manager, BankUrl));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);

        // Moving a drawn question out of the category would leave the draw short too.
        var moved = await manager.SubmitFormAsync(editUrl, [new("category", "otra")], editUrl);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, moved.StatusCode);
        Assert.Equal(2, await _site.WithDbAsync(db => db.Set<Question>().CountAsync(q => q.Category == "repaso")));

        // The only question of a quiz cannot go either.
        var only = await _site.WithDbAsync(db => db.Set<Question>().Where(q => q.Text == "Única pregunta.").Select(q => q.Key).SingleAsync());
        Assert.Contains("última pregunta", (await manager.GetPageAsync($"{BankUrl}/{only}/delete")).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var audit = await _site.WithDbAsync(db => db.Set<Core.Audit.AuditEntry>().Where(e => e.Action.StartsWith("quiz.question-")).Select(e => e.Action).ToListAsync());
        Assert.Equal(["quiz.question-changed", "quiz.question-deleted"], audit.Order());
    }

    [Fact]
    public async Task Deleting_a_quiz_keeps_its_questions_in_the_bank_and_completes_learners_who_had_done_the_rest()
    {
        using var ana = await LearnerAsync();
        await QuizSite.TakeAsync(ana, DrawingQuiz, AllTrue, Slug);
        foreach (var lesson in new[] { LessonOne, LessonTwo, LessonThree })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ana.PressButtonAsync($"/courses/{Slug}/lessons/{lesson}", $"/my/courses/{Slug}/lessons/{lesson}/complete")).StatusCode);
        }

        Assert.Null(await CompletedAsync());

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var deleteUrl = $"{QuizzesUrl}/{FixedQuiz}/delete";
        Assert.Contains("banco de preguntas", (await manager.GetPageAsync(deleteUrl)).QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PressButtonAsync(deleteUrl, deleteUrl)).StatusCode);

        Assert.NotNull(await CompletedAsync());
        Assert.Null(await _site.WithDbAsync(db => db.Set<Question>().Where(q => q.Text == "Única pregunta.").Select(q => q.QuizId).SingleAsync()));
        var list = await manager.GetPageAsync(QuizzesUrl);
        Assert.Equal(2, list.QuerySelectorAll("a").Count(a => a.TextContent.Trim() == "Añadir un cuestionario"));
        Assert.Equal(HttpStatusCode.NotFound, (await ana.Http.GetAsync(QuizSite.QuizUrl(FixedQuiz, Slug))).StatusCode);
    }

    private async Task<SiteClient> LearnerAsync()
    {
        var client = _site.CreateSiteClient();
        await client.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        await client.EnrolAsync(Slug);
        return client;
    }

    private Task<DateTime?> CompletedAsync() => _site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.CompletedUtc).SingleAsync());

    private static async Task<string> TokenAsync(SiteClient client, string pageUrl) =>
        (await client.GetPageAsync(pageUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
