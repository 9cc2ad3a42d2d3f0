using System.Text;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InnovationAcademy.IntegrationTests.Quizzes;

/// <summary>Taking quizzes: server grading, attempts, review rules, time limits, resume, regrade and overrides.</summary>
[Trait("Category", "Data")]
public sealed class QuizTests : IAsyncLifetime
{
    private QuizSite _site = null!;

    public async Task InitializeAsync() => _site = await QuizSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>
    /// Nothing is submitted without a word: the last page leads to a summary of every question (answered, blank,
    /// marked, each linking back), and an attempt with blank questions is submitted only from a summary that said how
    /// many. Marks to come back to are kept per question.
    /// </summary>
    [Fact]
    public async Task An_attempt_goes_through_a_summary_and_blank_questions_need_a_second_word()
    {
        using var ana = await _site.LearnerAsync();
        var first = await QuizSite.StartAsync(ana, QuizSite.Quiz1);
        var page = await ana.GetPageAsync(first);
        var flag = page.QuerySelector("fieldset.question-block input[name=flag]")!.GetAttribute("value")!;
        var (action, values, token) = await QuizSite.FillPageAsync(ana, first, new Dictionary<string, string[]>(), "submit");
        values.Add(new("flag", flag));
        var toSummary = await ana.PostFormAsync(action, values, token);
        Assert.Equal(HttpStatusCode.Redirect, toSummary.StatusCode);
        var summaryUrl = toSummary.Headers.Location!.OriginalString;
        Assert.EndsWith("/attempts/1/summary", summaryUrl, StringComparison.Ordinal);

        var summary = await ana.GetPageAsync(summaryUrl);
        var rows = summary.QuerySelectorAll(".summary-list li").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Sin respuesta", r.TextContent, StringComparison.Ordinal));
        Assert.Single(rows, r => r.TextContent.Contains("Marcada", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"/attempts/1/pages/\d+#question-[0-9a-f]{32}$", r.QuerySelector("a")!.GetAttribute("href")!));
        Assert.Contains($"{rows.Count} preguntas no tienen respuesta", summary.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);

        // A submit that did not come from that summary (no count, or an old one) shows the summary again; nothing is graded.
        var submitUrl = summaryUrl[..^"/summary".Length] + "/submit";
        var blind = await ana.PostFormAsync(submitUrl, [], token);
        Assert.Equal(summaryUrl, blind.Headers.Location!.OriginalString);
        Assert.Null(await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.SubmittedUtc).SingleAsync()));

        var sent = await ana.SubmitFormAsync(summaryUrl, [], submitUrl);
        Assert.EndsWith("/attempts/1", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.SubmittedUtc).SingleAsync()));
    }

    [Fact]
    public async Task Quiz_pages_never_carry_the_right_answers_before_review()
    {
        using var ana = await _site.LearnerAsync();
        var url = await QuizSite.StartAsync(ana, QuizSite.Quiz1);
        for (var page = 1; page <= 3; page++)
        {
            var html = await ana.Http.GetStringAsync(url[..url.LastIndexOf('/')] + "/" + page);
            foreach (var secret in new[] { "SECRETO-CUSCO", "Lima es la capital", "Diseño centrado en las personas", "DCP", "\"correct\"", "right-option", "data-correct" })
            {
                Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            }

            // Choices send opaque keys; matching lists every answer on offer.
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            foreach (var input in document.QuerySelectorAll("form.quiz-form input[type=radio], form.quiz-form input[type=checkbox]"))
            {
                Assert.True(Guid.TryParse(input.GetAttribute("value"), out _));
            }
        }
    }

    [Fact]
    public async Task Every_kind_is_graded_and_a_passed_quiz_completes_its_module()
    {
        using var ana = await _site.LearnerAsync();
        await CompleteLessonAsync(ana, QuizSite.Lesson1);
        Assert.Equal(25, await ProgressAsync());

        // Everything right except the multiple choice, half right with partial credit: 5.5 of 6.
        var answers = new Dictionary<string, string[]>(QuizSite.RightAnswers) { ["¿Qué practica un laboratorio ciudadano?"] = ["Experimentación"] };
        answers["¿Qué enfoque pone a las personas en el centro?"] = ["  diseno centrado EN LAS personas "];
        var result = await ana.GetPageAsync(await QuizSite.TakeAsync(ana, QuizSite.Quiz1, answers));
        Assert.Contains("91.7", result.QuerySelector(".result")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector(".notice-ok.result"));
        Assert.NotNull(result.QuerySelector(".review"));

        var stored = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Include(e => e.Modules).SingleAsync());
        Assert.Single(stored.Modules);
        Assert.Equal(50, stored.ProgressPercent);
        var outline = await ana.GetPageAsync($"/courses/{QuizSite.Slug}");
        Assert.Contains("91.7", outline.QuerySelector(".module-extra")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_says_which_questions_were_left_blank()
    {
        using var ana = await _site.LearnerAsync();
        var result = await ana.GetPageAsync(await QuizSite.TakeAsync(ana, QuizSite.Quiz2, new Dictionary<string, string[]>()));
        var badges = result.QuerySelectorAll(".review .badge").Select(b => b.TextContent.Trim()).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("Sin respuesta", b));
    }

    [Fact]
    public async Task Attempts_are_limited_and_answers_show_only_once_passed()
    {
        using var ana = await _site.LearnerAsync();
        await _site.Site.WithDbAsync(db => db.Set<Enrollment>().ExecuteUpdateAsync(set => set.SetProperty(e => e.LastActivityUtc, (DateTime?)null)));
        var failed = await ana.GetPageAsync(await QuizSite.TakeAsync(ana, QuizSite.Quiz1, QuizSite.WrongAnswers));
        Assert.NotNull(failed.QuerySelector(".notice-warning.result"));

        // A quiz handed in, even failed, is activity on the course's roster.
        Assert.NotNull(await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.LastActivityUtc).SingleAsync()));
        Assert.Null(failed.QuerySelector(".review"));
        Assert.DoesNotContain("SECRETO-CUSCO", failed.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(failed.QuerySelector($"form[action='{QuizSite.QuizUrl(QuizSite.Quiz1)}/start']"));

        var passed = await ana.GetPageAsync(await QuizSite.TakeAsync(ana, QuizSite.Quiz1, QuizSite.RightAnswers));
        Assert.Contains("100", passed.QuerySelector(".result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lima es la capital desde 1535.", passed.QuerySelector(".review")!.TextContent, StringComparison.Ordinal);

        // Once passed, the first attempt's review opens too: the feedback of the option chosen shows.
        var first = await ana.GetPageAsync($"{QuizSite.QuizUrl(QuizSite.Quiz1)}/attempts/1");
        Assert.Contains("SECRETO-CUSCO", first.QuerySelector(".review")!.TextContent, StringComparison.Ordinal);

        // Two attempts allowed: a third is refused.
        var intro = await ana.GetPageAsync(QuizSite.QuizUrl(QuizSite.Quiz1));
        Assert.Null(intro.QuerySelector($"form[action='{QuizSite.QuizUrl(QuizSite.Quiz1)}/start']"));
        var token = intro.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        await ana.PostFormAsync(QuizSite.QuizUrl(QuizSite.Quiz1) + "/start", [], token);
        Assert.Equal(2, await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().CountAsync()));
    }

    [Fact]
    public async Task An_unfinished_attempt_resumes_where_the_learner_left_it()
    {
        using var ana = await _site.LearnerAsync();
        var first = await QuizSite.StartAsync(ana, QuizSite.Quiz1);
        Assert.EndsWith("/pages/1", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await QuizSite.AnswerPageAsync(ana, first, QuizSite.RightAnswers, "next")).StatusCode);

        // The connection drops; later the learner comes back to the quiz.
        var intro = await ana.GetPageAsync(QuizSite.QuizUrl(QuizSite.Quiz1));
        Assert.Contains("Seguir con el intento 1", intro.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
        var resumed = await QuizSite.StartAsync(ana, QuizSite.Quiz1);
        Assert.EndsWith("/attempts/1/pages/2", resumed, StringComparison.Ordinal);
        var page1 = await ana.GetPageAsync(first);
        Assert.Single(page1.QuerySelectorAll("input[type=radio][checked]"));
        Assert.Equal(2, page1.QuerySelectorAll("input[type=checkbox][checked]").Length);
    }

    [Fact]
    public async Task The_time_limit_is_the_servers_late_answers_do_not_count_and_forgotten_attempts_close_themselves()
    {
        using var ana = await _site.LearnerAsync();
        var page = await QuizSite.StartAsync(ana, QuizSite.Quiz2);
        var (action, values, token) = await QuizSite.FillPageAsync(ana, page, new Dictionary<string, string[]> { ["El tiempo cuenta en el servidor."] = ["Verdadero"] }, "submit");
        await ExpireAsync();
        var late = await ana.PostFormAsync(action, values, token);
        Assert.EndsWith("/attempts/1", late.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var attempt = await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Include(a => a.Answers).SingleAsync());
        Assert.True(attempt.TimedOut);
        Assert.Empty(attempt.Answers);
        Assert.Equal(0, attempt.ScorePercent);

        // Answered in time, then the tab closed: the closer grades what was saved.
        using var beto = await _site.LearnerAsync("beto@test.localhost");
        var betoPage = await QuizSite.StartAsync(beto, QuizSite.Quiz2);
        Assert.Equal(HttpStatusCode.Redirect, (await QuizSite.AnswerPageAsync(beto, betoPage, new Dictionary<string, string[]> { ["El tiempo cuenta en el servidor."] = ["Verdadero"] }, "next")).StatusCode);
        await ExpireAsync();
        var closer = _site.Site.Services.GetRequiredService<AttemptCloser>();
        Assert.Equal(1, await closer.CloseExpiredAsync(CancellationToken.None));
        var closed = await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Where(a => a.Number == 1).OrderBy(a => a.Id).LastAsync());
        Assert.NotNull(closed.SubmittedUtc);
        Assert.Equal(100, closed.ScorePercent);
    }

    [Fact]
    public async Task Another_learners_attempt_is_not_found_like_one_that_does_not_exist()
    {
        using var ana = await _site.LearnerAsync();
        await QuizSite.TakeAsync(ana, QuizSite.Quiz1, QuizSite.RightAnswers);
        using var beto = await _site.LearnerAsync("beto@test.localhost");
        var theirs = await beto.Http.GetAsync($"{QuizSite.QuizUrl(QuizSite.Quiz1)}/attempts/1");
        var none = await beto.Http.GetAsync($"{QuizSite.QuizUrl(QuizSite.Quiz1)}/attempts/99");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(none.StatusCode, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beto.Http.GetAsync($"{QuizSite.QuizUrl(QuizSite.Quiz1)}/attempts/1/pages/1")).StatusCode);

        // Not enrolled: sent to the course page to enrol.
        using var stranger = await _site.LearnerAsync("beto@test.localhost", enrol: false);
        using var visitor = _site.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Http.GetAsync(QuizSite.QuizUrl(QuizSite.Quiz1))).StatusCode);
    }

    [Fact]
    public async Task Changing_a_question_regrades_attempts_and_an_override_needs_a_reason_and_is_audited()
    {
        using var ana = await _site.LearnerAsync();
        await QuizSite.TakeAsync(ana, QuizSite.Quiz1, QuizSite.RightAnswers);
        Assert.Equal(100, await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.ScorePercent).SingleAsync()));

        // The course team corrects the first question: Cusco was meant. Ana's Lima is now wrong.
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(admin, QuizSite.Recipe(capitalRight: "Cusco"), "fix.recipe.json")).StatusCode);
        Assert.Equal(83.33m, await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.ScorePercent).SingleAsync()));

        using var manager = _site.Site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var resultsUrl = $"/admin/courses/{QuizSite.Slug}/quizzes/{QuizSite.Quiz1}";
        var results = await manager.GetPageAsync(resultsUrl);
        Assert.Contains("Lima", results.QuerySelector(".question-stats tbody tr td:last-child")!.TextContent, StringComparison.Ordinal);
        var form = results.QuerySelector(".override-form")!.GetAttribute("action")!;

        var noReason = await manager.SubmitFormAsync(resultsUrl, [new("percent", "100"), new("reason", "")], form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(noReason)).QuerySelector(".override-form .field-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync(resultsUrl, [new("percent", "95"), new("reason", "La pregunta 1 era ambigua.")], form)).StatusCode);

        var attempt = await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().SingleAsync());
        Assert.Equal(95, attempt.FinalPercent);
        Assert.Equal("gestora@academy.localhost", attempt.OverriddenBy);
        var audit = await _site.Site.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "quiz.grade-overridden"));
        Assert.Equal("gestora@academy.localhost", audit.ActorName);
        Assert.Contains("La pregunta 1 era ambigua.", audit.Details, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await manager.Http.GetByteArrayAsync(resultsUrl + "/export"));
        Assert.Contains("ana@test.localhost,Ana Núñez,1,", csv, StringComparison.Ordinal);
        Assert.Contains(",83.33,95,no,La pregunta 1 era ambigua.", csv, StringComparison.Ordinal);
        var sheet = await Workbook.RowsAsync(await manager.Http.GetAsync(resultsUrl + "/export?format=xlsx"));
        Assert.Equal(("Ana Núñez", 83.33, 95d, "no"), ((string)sheet[0]["Nombre"]!, Convert.ToDouble(sheet[0]["Puntuación (%)"], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(sheet[0]["Nota (%)"], System.Globalization.CultureInfo.InvariantCulture), (string)sheet[0]["Fuera de tiempo"]!));

        using var learner = _site.Site.CreateSiteClient();
        await learner.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync(resultsUrl)).StatusCode);
    }

    [Fact]
    public async Task Each_attempt_draws_its_questions_from_the_bank_category_and_asks_the_fixed_ones_every_time()
    {
        var bank = string.Join(",", Enumerable.Range(1, 4).Select(i => "{ \"kind\": \"truefalse\", \"category\": \"banco\", \"text\": \"Afirmación " + i + " del banco.\", \"correct\": true }"));
        var recipe = """
            { "name": "bank", "steps": [ { "name": "Courses", "courses": [ { "slug": "banco", "title": "Banco", "published": true,
              "modules": [ { "title": "Uno", "lessons": [], "quiz": { "title": "Con banco", "draw": [ { "category": "banco", "count": 2 } ], "questions": [
                { "kind": "truefalse", "text": "Pregunta fija.", "correct": true }, BANK ] } } ] } ] } ] }
            """.Replace("BANK", bank, StringComparison.Ordinal);
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(admin, recipe, "bank.recipe.json")).StatusCode);
        var quiz = await _site.Site.WithDbAsync(db => db.Set<Quiz>().Include(q => q.Questions).SingleAsync(q => q.Title == "Con banco"));
        Assert.Equal(3, quiz.QuestionsPerAttempt);

        using var ana = _site.Site.CreateSiteClient();
        await ana.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        await ana.EnrolAsync("banco");
        var url = $"/courses/banco/quizzes/{quiz.Key}";
        Assert.Equal("3", (await ana.GetPageAsync(url)).QuerySelector(".facts dd")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await ana.PressButtonAsync(url, url + "/start")).StatusCode);

        var order = await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Where(a => a.QuizId == quiz.Id).Select(a => a.QuestionOrder).SingleAsync());
        var fixedKey = quiz.Questions.Single(q => q.Category is null).Key;
        var bankKeys = quiz.Questions.Where(q => q.Category == "banco").Select(q => q.Key).ToHashSet();
        Assert.Equal(3, order.Count);
        Assert.Equal(fixedKey, order[0]);
        Assert.True(bankKeys.IsSupersetOf(order.Skip(1)));
        Assert.Equal(2, order.Skip(1).Distinct().Count());

        // A draw larger than its category is refused, naming the draw.
        var refused = await RecipeTests.UploadAsync(admin, recipe.Replace("\"count\": 2", "\"count\": 9", StringComparison.Ordinal), "bank.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = await refused.Content.ReadAsStringAsync();
        Assert.Contains("quiz, draws", message, StringComparison.Ordinal);
        Assert.Contains("banco", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_edits_a_question_and_every_attempt_is_regraded()
    {
        using var ana = await _site.LearnerAsync();
        await QuizSite.TakeAsync(ana, QuizSite.Quiz1, QuizSite.RightAnswers);
        using var manager = _site.Site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var results = await manager.GetPageAsync($"/admin/courses/{QuizSite.Slug}/quizzes/{QuizSite.Quiz1}");
        var editUrl = results.QuerySelectorAll(".question-stats a").Single(a => a.TextContent.Contains("capital del Perú", StringComparison.Ordinal)).GetAttribute("href")!;
        var editor = await manager.GetPageAsync(editUrl);
        var cusco = editor.QuerySelectorAll("input[name^=option-text-]").First(i => i.GetAttribute("value") == "Cusco").GetAttribute("name")!["option-text-".Length..];

        // No right option: refused with the reason, nothing saved.
        var none = await manager.SubmitFormAsync(editUrl, [new("correct", "99")], editUrl);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("exactamente una correcta", (await SiteClient.ParseAsync(none)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(100, await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.ScorePercent).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync(editUrl, [new("correct", cusco), new("text", "¿Qué ciudad fue la capital del Imperio inca?")], editUrl)).StatusCode);
        Assert.Equal(83.33m, await _site.Site.WithDbAsync(db => db.Set<QuizAttempt>().Select(a => a.ScorePercent).SingleAsync()));
        var quiz = await _site.Site.WithDbAsync(db => db.Set<Quiz>().Include(q => q.Questions).ThenInclude(q => q.Options).SingleAsync(q => q.Key == Guid.Parse(QuizSite.Quiz1)));
        var edited = quiz.Questions.Single(q => q.Text == "¿Qué ciudad fue la capital del Imperio inca?");
        Assert.Equal("Cusco", edited.Options.Single(o => o.Correct).Text);
        Assert.Equal(3, edited.Options.Count);
    }

    [Fact]
    public async Task A_quiz_a_learner_could_never_pass_is_refused_with_where_it_is_wrong()
    {
        var recipe = """
            { "name": "bad-quiz", "steps": [ { "name": "Courses", "courses": [ { "slug": "malo", "title": "Malo", "published": true,
              "modules": [ { "title": "Uno", "lessons": [], "quiz": { "title": "Q", "questions": [
                { "kind": "single", "text": "¿Dos correctas?", "options": [ { "text": "A", "correct": true }, { "text": "B", "correct": true } ] } ] } } ] } ] } ] }
            """;
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var refused = await RecipeTests.UploadAsync(admin, recipe, "bad.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("module 1, quiz, question 1", body, StringComparison.Ordinal);
        Assert.False(await _site.Site.WithDbAsync(db => db.Set<InnovationAcademy.Courses.Models.Course>().AnyAsync(c => c.Slug == "malo")));
    }

    private static async Task CompleteLessonAsync(SiteClient client, string lesson) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.PressButtonAsync($"/courses/{QuizSite.Slug}/lessons/{lesson}", $"/my/courses/{QuizSite.Slug}/lessons/{lesson}/complete")).StatusCode);

    private Task<int> ProgressAsync() => _site.Site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.ProgressPercent).SingleAsync());

    private Task<int> ExpireAsync() => _site.Site.WithDbAsync(async db =>
    {
        foreach (var open in await db.Set<QuizAttempt>().Where(a => a.SubmittedUtc == null).ToListAsync())
        {
            open.DeadlineUtc = DateTime.UtcNow.AddMinutes(-1);
        }

        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_same_quiz_page_posted_four_times_at_once_is_saved_without_an_error()
    {
        using var ana = await _site.LearnerAsync();
        var page = await QuizSite.StartAsync(ana, QuizSite.Quiz1);
        var (action, values, token) = await QuizSite.FillPageAsync(ana, page, QuizSite.RightAnswers, "next");
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ana.PostFormAsync(action, values, token)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
    }

}
