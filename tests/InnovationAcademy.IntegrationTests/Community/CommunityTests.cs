using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Community.Models;
using InnovationAcademy.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Community;

/// <summary>
/// The community space of a cohort that ended in 2024: its alumni still talk there, members report abuse, the
/// facilitator moderates, and nobody outside the cohort reads or writes it.
/// </summary>
[Trait("Category", "Data")]
public sealed class CommunityTests : IAsyncLifetime
{
    private const string Space = "/cohorts/taller-2024/community";
    private const string Recipe = """
        { "name": "community-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "bea@test.localhost", "name": "Bea Ríos", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "eli@test.localhost", "name": "Eli Soto", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "fede@test.localhost", "name": "Fede Gil", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "dani@test.localhost", "name": "Dani Paz", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "otra@test.localhost", "name": "Otra Persona", "roles": ["Learner"], "password": "demo-academia-2026" }
          ] },
          { "name": "Cohorts", "programmes": [ { "slug": "taller", "name": "Taller", "cohorts": [
            { "slug": "taller-2024", "name": "Taller 2024", "startsOn": "2024-03-04", "endsOn": "2024-03-29",
              "participants": [
                { "email": "ana@test.localhost", "status": "accepted" }, { "email": "bea@test.localhost", "status": "accepted" },
                { "email": "eli@test.localhost", "status": "accepted" }, { "email": "fede@test.localhost", "status": "accepted" },
                { "email": "dani@test.localhost", "status": "pending" } ] },
            { "slug": "otro-2024", "name": "Otro 2024", "startsOn": "2024-05-06", "endsOn": "2024-05-31",
              "participants": [ { "email": "otra@test.localhost", "status": "accepted" } ] }
          ] } ] }
        ] }
        """;

    private AcademySiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        using var admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "community-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<SiteClient> AsAsync(string email)
    {
        var client = _site.CreateSiteClient();
        await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
        return client;
    }

    private static async Task<string> StartThreadAsync(SiteClient author, string title, string body)
    {
        var started = await author.SubmitFormAsync(Space, [new("Title", title), new("Body", body)], $"{Space}/threads");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return started.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Alumni_start_threads_and_reply_after_the_cohort_ended_and_hostile_text_stays_text()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var empty = await ana.GetPageAsync(Space);
        Assert.NotNull(empty.QuerySelector(".empty"));

        var thread = await StartThreadAsync(ana, "¿Quién vende en la feria del sábado?", "Hola a todas.\nYo llevo empanadas.");
        using var bea = await AsAsync("bea@test.localhost");
        foreach (var line in HostileMarkup.Lines)
        {
            var replied = await bea.SubmitFormAsync(thread, [new("Body", line)], $"{thread}/replies");
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        var list = await ana.GetPageAsync(Space);
        Assert.Contains($"{HostileMarkup.Lines.Count + 1} mensajes", list.QuerySelector(".thread")!.TextContent, StringComparison.Ordinal);
        for (var page = 1; ; page++)
        {
            var read = await ana.GetPageAsync($"{thread}?page={page}");
            HostileInputTests.AssertInert(read, "community replies");
            if (read.QuerySelector(".pager a[rel=next]") is null)
            {
                Assert.Contains(HostileMarkup.Lines[^1].Trim(), read.QuerySelectorAll(".post-body")[^1].TextContent, StringComparison.Ordinal);
                break;
            }
        }

        var first = await ana.GetPageAsync(thread);
        Assert.Equal("Hola a todas.\nYo llevo empanadas.", first.QuerySelector(".post-body")!.TextContent);

        // Post times are the reader's (Lima, the site's zone), and the page says so.
        Assert.EndsWith("-05:00", first.QuerySelector(".post-meta time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Contains("hora de Lima (UTC−5)", first.QuerySelector(".times-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_named_at_the_field_and_what_was_written_is_kept()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var response = await ana.SubmitFormAsync(Space, [new("Title", "Mi título"), new("Body", "   ")], $"{Space}/threads");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await SiteClient.ParseAsync(response);
        Assert.Equal("true", page.QuerySelector("#Body")!.GetAttribute("aria-invalid"));
        Assert.Equal("Escribe tu mensaje.", page.QuerySelector("#Body-error")!.TextContent);
        Assert.Equal("Mi título", page.QuerySelector("#Title")!.GetAttribute("value"));

        var tooLong = await ana.SubmitFormAsync(Space, [new("Title", "T"), new("Body", new string('a', CommunityLimits.BodyLength + 1))], $"{Space}/threads");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(0, await _site.WithDbAsync(db => db.Set<CommunityThread>().CountAsync()));
    }

    [Fact]
    public async Task Nobody_outside_the_cohort_reads_or_writes_and_ids_from_another_cohort_are_not_found()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var thread = await StartThreadAsync(ana, "Solo para el grupo", "Texto privado.");

        using var anonymous = _site.CreateSiteClient();
        var redirected = await anonymous.Http.GetAsync(thread);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var dani = await AsAsync("dani@test.localhost"); // signed up, not accepted
        Assert.Equal(HttpStatusCode.Forbidden, (await dani.Http.GetAsync(thread)).StatusCode);
        var closed = await dani.GetPageAsync(Space, HttpStatusCode.Forbidden);
        Assert.DoesNotContain("Solo para el grupo", closed.Body!.TextContent, StringComparison.Ordinal);

        using var otra = await AsAsync("otra@test.localhost"); // accepted in another cohort
        Assert.Equal(HttpStatusCode.Forbidden, (await otra.Http.GetAsync(thread)).StatusCode);
        var threadId = thread[(thread.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.NotFound, (await otra.Http.GetAsync($"/cohorts/otro-2024/community/{threadId}")).StatusCode);
        var foreign = await ForgeAsync(otra, $"/cohorts/otro-2024/community/{threadId}/replies", [new("Body", "intrusión")]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(1, await _site.WithDbAsync(db => db.Set<CommunityPost>().CountAsync()));
    }

    [Fact]
    public async Task Three_members_reports_hide_a_post_until_the_facilitator_reviews_it()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var thread = await StartThreadAsync(ana, "Ofertas", "Compra mi curso milagroso en un enlace raro.");
        var postId = await _site.WithDbAsync(db => db.Set<CommunityPost>().Select(p => p.Id).SingleAsync());

        using var bea = await AsAsync("bea@test.localhost");
        // Her own post offers her no report button; a forged request is turned down too.
        Assert.Null((await ana.GetPageAsync(thread)).QuerySelector($"#post-{postId} details"));
        var own = await ForgeAsync(ana, $"{Space}/posts/{postId}/report", [new("reason", "spam")]);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(0, await _site.WithDbAsync(db => db.Set<CommunityReport>().CountAsync())); // nobody reports their own post

        foreach (var member in new[] { "bea@test.localhost", "eli@test.localhost", "fede@test.localhost" })
        {
            using var reporter = await AsAsync(member);
            var reported = await reporter.SubmitFormAsync(thread, [new("reason", $"Publicidad engañosa ({member[..3]})")], $"{Space}/posts/{postId}/report?page=1");
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        }

        var asBea = await bea.GetPageAsync(thread);
        Assert.Equal("Este mensaje está oculto por moderación.", asBea.QuerySelector($"#post-{postId} .muted")!.TextContent);
        Assert.DoesNotContain("milagroso", asBea.Body!.TextContent, StringComparison.Ordinal);

        using var facilitator = await AsAsync("facilitadora@academy.localhost");
        var queue = await facilitator.GetPageAsync($"{Space}/reports");
        Assert.Equal(3, queue.QuerySelectorAll($"#post-{postId} ul li").Length);
        Assert.Contains("Mensajes denunciados (1)", (await facilitator.GetPageAsync(Space)).QuerySelector("a[href$='/community/reports']")!.TextContent, StringComparison.Ordinal);

        var kept = await facilitator.SubmitFormAsync($"{Space}/reports", [], $"{Space}/posts/{postId}/restore?returnTo=reports");
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.NotNull((await facilitator.GetPageAsync($"{Space}/reports")).QuerySelector(".empty"));
        Assert.Contains("milagroso", (await bea.GetPageAsync(thread)).QuerySelector($"#post-{postId} .post-body")!.TextContent, StringComparison.Ordinal);
        Assert.True(await _site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "community.post-kept")));

        // Members cannot moderate; the facilitator can hide for good.
        Assert.Equal(HttpStatusCode.Forbidden, (await ForgeAsync(bea, $"{Space}/posts/{postId}/hide", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitFormAsync(thread, [], $"{Space}/posts/{postId}/hide")).StatusCode);
        Assert.Equal("Este mensaje está oculto por moderación.", (await bea.GetPageAsync(thread)).QuerySelector($"#post-{postId} .muted")!.TextContent);
    }

    [Fact]
    public async Task A_locked_thread_refuses_replies_and_only_authors_delete_their_own_posts()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var thread = await StartThreadAsync(ana, "Normas del espacio", "Respeto y nada de spam.");
        var postId = await _site.WithDbAsync(db => db.Set<CommunityPost>().Select(p => p.Id).SingleAsync());

        using var bea = await AsAsync("bea@test.localhost");
        Assert.Equal(HttpStatusCode.Forbidden, (await ForgeAsync(bea, $"{Space}/posts/{postId}/delete", [])).StatusCode);

        using var facilitator = await AsAsync("facilitadora@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitFormAsync(thread, [], $"{thread}/lock")).StatusCode);
        var refused = await ForgeAsync(bea, $"{thread}/replies", [new("Body", "¿Puedo responder?")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Null((await bea.GetPageAsync(thread)).QuerySelector("#reply"));

        Assert.Equal(HttpStatusCode.Redirect, (await ana.SubmitFormAsync(thread, [], $"{Space}/posts/{postId}/delete?page=1")).StatusCode);
        Assert.Equal("La autora o el autor borró este mensaje.", (await bea.GetPageAsync(thread)).QuerySelector($"#post-{postId} .muted")!.TextContent);
        Assert.Contains("0 mensajes", (await bea.GetPageAsync(Space)).QuerySelector(".thread")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A post the page does not offer this user, sent with a valid antiforgery token, as a crafted request would be.</summary>
    private static async Task<HttpResponseMessage> ForgeAsync(SiteClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = (await client.GetPageAsync("/account/profile")).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostFormAsync(url, fields, token);
    }

    [Fact]
    public async Task A_reply_sent_twice_at_once_is_posted_once_and_counted_once()
    {
        using var ana = await AsAsync("ana@test.localhost");
        var thread = await StartThreadAsync(ana, "Hilo", "Primero");
        var page = await ana.GetPageAsync(thread);
        var token = page.QuerySelector($"form[action='{thread}/replies'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var key = page.QuerySelector($"form[action='{thread}/replies'] input[name=Key]")!.GetAttribute("value")!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ana.PostFormAsync($"{thread}/replies", [new("Body", "Mi respuesta"), new("Key", key)], token)));
        var posts = await _site.WithDbAsync(db => db.Set<CommunityPost>().CountAsync(p => p.Body == "Mi respuesta"));
        var count = await _site.WithDbAsync(db => db.Set<CommunityThread>().Select(t => t.PostCount).SingleAsync());
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, posts);
        Assert.Equal(2, count);
    }

}
