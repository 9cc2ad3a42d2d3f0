using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Enrollments;

/// <summary>Questions about a course from its page to the course team's inbox, and the answer back by e-mail.</summary>
[Trait("Category", "Data")]
public sealed class EnquiryTests : IAsyncLifetime
{
    private const string AskUrl = $"/courses/{EnrollmentSite.Slug}/ask";

    private EnrollmentSite _site = null!;

    public async Task InitializeAsync() => _site = await EnrollmentSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_visitor_asks_the_team_answers_and_the_answer_arrives_by_email()
    {
        using var visitor = _site.Site.CreateSiteClient();
        Assert.NotNull((await visitor.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector($"a[href='{AskUrl}']"));

        var incomplete = await visitor.SubmitFormAsync(AskUrl, [new("Name", "Rosa"), new("Email", "rosa@"), new("Question", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        var errors = await SiteClient.ParseAsync(incomplete);
        Assert.NotEmpty(errors.QuerySelector("span[data-valmsg-for=Email]")!.TextContent.Trim());
        Assert.NotEmpty(errors.QuerySelector("span[data-valmsg-for=Question]")!.TextContent.Trim());
        Assert.Equal("Rosa", errors.QuerySelector("input[name=Name]")!.GetAttribute("value"));

        // The course page, cached for visitors, is read first so the confirmation must get past the cache.
        _ = await visitor.GetPageAsync($"/courses/{EnrollmentSite.Slug}");
        var sent = await visitor.SubmitFormAsync(AskUrl, [new("Name", "Rosa Quispe"), new("Email", "rosa@test.localhost"), new("Question", "¿Puedo hacer el curso desde el móvil?\nTrabajo por turnos.")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var back = await visitor.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.NotNull(back.QuerySelector("main > p.notice-ok[role=status]"));
        Assert.Null((await visitor.GetPageAsync("/courses")).QuerySelector(".notice-ok"));

        var inbox = await _site.Manager.GetPageAsync("/admin/enquiries");
        var link = inbox.QuerySelector("tbody a")!;
        Assert.Contains("¿Puedo hacer el curso desde el móvil?", link.TextContent, StringComparison.Ordinal);
        var answerUrl = link.GetAttribute("href")!;

        var blank = await _site.Manager.SubmitFormAsync(answerUrl, [new("Answer", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.SubmitFormAsync(answerUrl, [new("Answer", "Sí: las lecciones se leen bien en el móvil y los vídeos tienen transcripción.")]));

        var mail = await _site.Smtp.WaitForMessageAsync("rosa@test.localhost");
        Assert.Equal("Respuesta a tu pregunta sobre «Curso de prueba»", mail.Subject);
        Assert.Contains("Trabajo por turnos.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("las lecciones se leen bien en el móvil", mail.TextBody, StringComparison.Ordinal);

        Assert.Empty((await _site.Manager.GetPageAsync("/admin/enquiries")).QuerySelectorAll("tbody tr"));
        Assert.Single((await _site.Manager.GetPageAsync("/admin/enquiries?status=answered")).QuerySelectorAll("tbody tr"));

        // Answered once: a second answer is not sent.
        var token = (await _site.Manager.GetPageAsync(answerUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        await _site.Manager.PostFormAsync(answerUrl, [new("Answer", "Otra respuesta")], token);
        Assert.Equal("Sí: las lecciones se leen bien en el móvil y los vídeos tienen transcripción.", await _site.Site.WithDbAsync(db => db.Set<Enquiry>().Select(e => e.Answer).SingleAsync()));
    }

    [Fact]
    public async Task A_learner_asks_from_their_account_and_reads_the_answer_at_my_enquiries()
    {
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        // Enrolled, studying, and still one tap from the course team.
        Assert.NotNull((await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector($".enrolment-panel a[href='{AskUrl}']"));
        var form = await ana.GetPageAsync(AskUrl);
        Assert.Null(form.QuerySelector("input[name=Email]"));
        Assert.Equal("Ana Núñez", form.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        await EnrollmentSite.ExpectRedirectAsync(ana.SubmitFormAsync(AskUrl, [new("Question", "¿Hay certificado?"), new("Email", "otra@attacker.invalid")]));
        Assert.Equal("ana@test.localhost", await _site.Site.WithDbAsync(db => db.Set<Enquiry>().Select(e => e.Email).SingleAsync()));
        Assert.Contains("Esperando respuesta", (await ana.GetPageAsync("/my/enquiries")).Body!.TextContent, StringComparison.Ordinal);

        var answerUrl = (await _site.Manager.GetPageAsync("/admin/enquiries")).QuerySelector("tbody a")!.GetAttribute("href")!;
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.SubmitFormAsync(answerUrl, [new("Answer", "Sí, de 2 horas.")]));
        var mail = await _site.Smtp.WaitForMessageAsync("ana@test.localhost");
        Assert.Contains("/my/enquiries", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("Sí, de 2 horas.", (await ana.GetPageAsync("/my/enquiries")).QuerySelector(".answer")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_bot_that_fills_the_hidden_field_leaves_nothing_behind()
    {
        using var bot = _site.Site.CreateSiteClient();
        await EnrollmentSite.ExpectRedirectAsync(bot.SubmitFormAsync(AskUrl, [new("Name", "Bot"), new("Email", "bot@test.localhost"), new("Question", "Compra ahora"), new("Website", "http://spam.example")]));
        Assert.Equal(0, await _site.Site.WithDbAsync(db => db.Set<Enquiry>().CountAsync()));
    }

    [Fact]
    public async Task Hostile_questions_and_names_stay_inert_for_the_course_team()
    {
        using var visitor = _site.Site.CreateSiteClient();
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        var enrollmentUrl = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/" + await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.Id).SingleAsync());
        foreach (var line in HostileMarkup.Lines.Where(l => l.Trim().Length >= 5).Take(40))
        {
            var question = line.Length > 4000 ? line[..4000] : line;
            await EnrollmentSite.ExpectRedirectAsync(visitor.SubmitFormAsync(AskUrl, [new("Name", "Visitante"), new("Email", "v@test.localhost"), new("Question", question)]));
            var id = await _site.Site.WithDbAsync(db => db.Set<Enquiry>().OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());
            var page = await _site.Manager.GetPageAsync($"/admin/enquiries/{id}");
            HostileInputTests.AssertInert(page, question);
            Assert.Equal(question.Trim(), page.QuerySelector("blockquote.question")!.TextContent);

            var name = line.Length > 200 ? line[..200] : line;
            await _site.Site.WithDbAsync(async db =>
            {
                var user = await db.Set<AcademyUser>().SingleAsync(u => u.Email == "ana@test.localhost");
                user.DisplayName = name;
                return await db.SaveChangesAsync();
            });
            HostileInputTests.AssertInert(await _site.Manager.GetPageAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments"), name);
            HostileInputTests.AssertInert(await _site.Manager.GetPageAsync(enrollmentUrl), name);
        }

        HostileInputTests.AssertInert(await _site.Manager.GetPageAsync("/admin/enquiries"), "the inbox");
    }
}
