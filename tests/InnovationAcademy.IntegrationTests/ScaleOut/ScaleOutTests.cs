using AngleSharp.Dom;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.IntegrationTests.Certificates;
using InnovationAcademy.Notifications.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.ScaleOut;

/// <summary>What must hold when a request may land on either of two nodes (see <see cref="TwoNodes"/>).</summary>
[Trait("Category", "ScaleOut")]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private TwoNodes _nodes = null!;

    public async Task InitializeAsync() => _nodes = await TwoNodes.StartAsync();

    public async Task DisposeAsync() => await _nodes.DisposeAsync();

    [Fact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other_and_so_are_its_forms()
    {
        using var browser = _nodes.NewBrowser();
        await browser.OnA.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);

        var myCourses = await browser.OnB.Http.GetAsync("/my/courses");
        Assert.Equal(HttpStatusCode.OK, myCourses.StatusCode);

        // A form from node B, posted to node A: the antiforgery token is signed with the shared keys too.
        await browser.OnB.EnrolAsync(CertificateSite.Slug);
        var enrolled = await _nodes.A.WithDbAsync(db => db.Set<Enrollment>().AnyAsync(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == CertificateSite.Slug) && db.Set<AcademyUser>().Any(u => u.Id == e.UserId && u.Email == "ana@test.localhost")));
        Assert.True(enrolled);
        var page = await browser.OnA.GetPageAsync($"/courses/{CertificateSite.Slug}/lessons/{CertificateSite.Lesson}");
        Assert.Equal("Lección", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_a_course_on_one_node_evicts_the_page_the_other_node_cached()
    {
        using var visitor = _nodes.NewBrowser();
        var before = await visitor.OnB.GetPageAsync($"/courses/{CertificateSite.Slug}");
        Assert.Equal(CertificateSite.Title, before.QuerySelector("h1")!.TextContent.Trim());

        using var editor = _nodes.NewBrowser();
        await editor.OnA.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var admin = $"/admin/courses/{CertificateSite.Slug}";
        var renamed = await editor.OnA.SubmitFormAsync(admin, [new("Details.Title", "Innovación pública, segunda edición"), new("Details.Language", "es"), new("Details.Hours", "22")], admin);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        // A draft: node B still serves its cached page, which is right.
        Assert.Equal(CertificateSite.Title, (await visitor.OnB.GetPageAsync($"/courses/{CertificateSite.Slug}")).QuerySelector("h1")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.OnA.PressButtonAsync(admin + "/publish", admin + "/publish")).StatusCode);
        var shown = await EventuallyAsync(async () =>
            (await visitor.OnB.GetPageAsync($"/courses/{CertificateSite.Slug}")).QuerySelector("h1")!.TextContent.Trim(),
            title => title == "Innovación pública, segunda edición");
        Assert.Equal("Innovación pública, segunda edición", shown);
        Assert.Contains("segunda edición", (await visitor.OnB.GetPageAsync("/courses")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_outbox_workers_running_send_each_message_once()
    {
        const int count = 40;
        await _nodes.A.WithScopeAsync(async services =>
        {
            var queue = services.GetRequiredService<IEmailQueue>();
            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(new EmailMessage($"persona{i}@correo.localhost", $"Aviso {i}", "Hola."));
            }

            await services.GetRequiredService<Core.Data.AcademyDbContext>().SaveChangesAsync();
            return true;
        });

        var sent = await EventuallyAsync(
            () => _nodes.A.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Subject.StartsWith("Aviso ") && m.SentUtc != null)),
            n => n == count);
        Assert.Equal(count, sent);

        // A second sending would come within the workers' next polls.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = _nodes.Smtp.Messages().Where(m => m.Subject!.StartsWith("Aviso ", StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Distinct().Count());
    }

    [Fact]
    public async Task A_completion_handled_on_both_nodes_at_once_issues_one_certificate_and_one_mail()
    {
        using var learner = _nodes.NewBrowser();
        await learner.OnA.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        await learner.OnA.EnrolAsync(CertificateSite.Slug);

        // The learner presses "done" twice, each press landing on another node, while both nodes also replay the event.
        var lesson = $"/courses/{CertificateSite.Slug}/lessons/{CertificateSite.Lesson}";
        var complete = $"/my/courses/{CertificateSite.Slug}/lessons/{CertificateSite.Lesson}/complete";
        var tokenA = (await learner.OnA.GetPageAsync(lesson)).QuerySelector($"form[action='{complete}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tokenB = (await learner.OnB.GetPageAsync(lesson)).QuerySelector($"form[action='{complete}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var presses = new[] { learner.OnA.PostFormAsync(complete, [], tokenA), learner.OnB.PostFormAsync(complete, [], tokenB) };
        Assert.All(await Task.WhenAll(presses), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var enrollment = await _nodes.A.WithDbAsync(db => db.Set<Enrollment>().SingleAsync(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == CertificateSite.Slug) && db.Set<AcademyUser>().Any(u => u.Id == e.UserId && u.Email == "ana@test.localhost")));
        Assert.NotNull(enrollment.CompletedUtc);
        var completed = new EnrollmentEvent(enrollment.Id, enrollment.CourseId, enrollment.UserId, enrollment.CompletedUtc);
        await Task.WhenAll(new[] { _nodes.A, _nodes.B, _nodes.A, _nodes.B }.Select(node => node.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<InnovationAcademy.Certificates.Services.CourseCertificates>().CourseCompletedAsync(completed, CancellationToken.None);
            return true;
        })));

        var certificates = await _nodes.B.WithDbAsync(db => db.Set<Certificate>().Where(c => c.UserId == enrollment.UserId).ToListAsync());
        var certificate = Assert.Single(certificates);
        var mail = await _nodes.Smtp.WaitForMessageAsync("ana@test.localhost", m => m.Subject!.StartsWith("Tu certificado", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains(certificate.Code, mail.TextBody!, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_nodes.Smtp.Messages(), m => m.Subject!.StartsWith("Tu certificado", StringComparison.Ordinal));
        Assert.Equal(certificate.Code, (await learner.OnB.GetPageAsync("/my/certificates")).QuerySelector("input[readonly]")!.GetAttribute("value")!.Split('/')[^1]);
    }

    [Fact]
    public async Task A_form_sent_to_both_nodes_at_once_is_acted_on_once()
    {
        using var editor = _nodes.NewBrowser();
        await editor.OnA.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var admin = $"/admin/courses/{CertificateSite.Slug}";
        var form = (await editor.OnA.GetPageAsync(admin)).QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == admin + "/modules");
        var fields = SiteClient.FieldsOf(form).Where(f => f.Key != "title").Append(new("title", "Módulo enviado dos veces")).ToList();

        var sends = await Task.WhenAll(editor.OnA.PostFormAsync(admin + "/modules", fields), editor.OnB.PostFormAsync(admin + "/modules", fields), editor.OnB.PostFormAsync(admin + "/modules", fields));

        Assert.All(sends, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(sends.Select(r => r.Headers.Location!.OriginalString).Distinct());
        var titles = (await editor.OnB.GetPageAsync(admin)).QuerySelectorAll("div.authoring-row > h3").Select(h => h.TextContent.Trim());
        Assert.Single(titles, t => t == "Módulo enviado dos veces");
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
