using System.Text.Json;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.TalentDirectory;

/// <summary>An entrepreneur submits a profile with consent; moderators decide; the owner is e-mailed; the owner hides and deletes.</summary>
[Trait("Category", "Data")]
public sealed class TalentSubmissionTests : IAsyncLifetime
{
    private const string Owner = "alumna@academy.localhost";
    private TalentSite _talent = null!;

    public async Task InitializeAsync() => _talent = await TalentSite.StartAsync();

    public async Task DisposeAsync() => await _talent.DisposeAsync();

    [Fact]
    public async Task Without_consent_or_with_a_wrong_field_nothing_is_saved_and_the_field_says_why()
    {
        using var owner = await _talent.SignedInAsync(Owner);

        var noConsent = await TalentSite.SubmitProfileAsync(owner, [new("Consent", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noConsent.StatusCode);
        var page = await SiteClient.ParseAsync(noConsent);
        Assert.Equal("Acepta el consentimiento para publicar tu perfil.", page.QuerySelector("#Consent-error")!.TextContent);
        Assert.Equal("Peluquería Génesis", page.QuerySelector("input[name=BusinessName]")!.GetAttribute("value"));

        var badLink = await TalentSite.SubmitProfileAsync(owner, [new("Website", "javascript:alert(1)"), new("WhatsApp", "12"), new("Latitude", "norte")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLink.StatusCode);
        page = await SiteClient.ParseAsync(badLink);
        Assert.Contains("https://", page.QuerySelector("#Website-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("+51", page.QuerySelector("#WhatsApp-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("-12.0464", page.QuerySelector("#Latitude-error")!.TextContent, StringComparison.Ordinal);

        var unknownCity = await TalentSite.SubmitProfileAsync(owner, [new("City", "Villa Imaginaria"), new("Latitude", ""), new("Longitude", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownCity.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(unknownCity)).QuerySelector("#City-error"));

        Assert.Null(await _talent.ProfileOfAsync(Owner));
    }

    [Fact]
    public async Task A_new_profile_waits_for_review_and_is_public_nowhere_until_approved_then_the_owner_is_told()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        var profile = (await _talent.ProfileOfAsync(Owner))!;
        Assert.Equal(TalentProfileStatus.Pending, profile.Status);
        Assert.Equal("2026-12", profile.ConsentVersion);
        Assert.Equal("Lima", profile.Region);

        using var visitor = _talent.Site.CreateSiteClient();
        await AssertAbsentAsync(visitor, profile.Id, "Génesis");
        Assert.Contains("Pendiente de revisión", (await owner.GetPageAsync("/my/talent")).QuerySelector(".talent-status")!.TextContent, StringComparison.Ordinal);

        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        var queue = await gestora.GetPageAsync("/admin/talent");
        Assert.Contains("Génesis Blanco", queue.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        // A request for changes needs a reason, which reaches the owner.
        var noReason = await gestora.SubmitFormAsync($"/admin/talent/{profile.Id}", [new("decision", "changes"), new("reason", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync($"/admin/talent/{profile.Id}", [new("decision", "changes"), new("reason", "Añade qué servicios ofreces a domicilio.")])).StatusCode);
        var changes = await _talent.Smtp.WaitForMessageAsync(Owner, m => m.Subject == "Tu perfil de talento necesita cambios");
        Assert.Contains("Añade qué servicios ofreces a domicilio.", changes.TextBody, StringComparison.Ordinal);
        Assert.Contains("Añade qué servicios", (await owner.GetPageAsync("/my/talent")).QuerySelector(".talent-status")!.TextContent, StringComparison.Ordinal);

        // The owner's edit goes back to the queue; approval publishes it and says so.
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner, [new("Description", "Cortes y alisados, también a domicilio.")])).StatusCode);
        Assert.Equal(TalentProfileStatus.Pending, (await _talent.ProfileOfAsync(Owner))!.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync($"/admin/talent/{profile.Id}", [new("decision", "approve")])).StatusCode);
        var approved = await _talent.Smtp.WaitForMessageAsync(Owner, m => m.Subject == "Tu perfil ya está en el directorio de talento");
        Assert.Contains($"/talent/{profile.Id}", approved.TextBody, StringComparison.Ordinal);

        var page = await visitor.GetPageAsync($"/talent/{profile.Id}");
        Assert.Equal("Génesis Blanco", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Génesis Blanco", (await visitor.GetPageAsync("/talent?q=genesis")).QuerySelector(".talent-list")!.TextContent, StringComparison.Ordinal);

        // Visitors' directory pages are cached; the list cached while the profile was pending was evicted by the approval.
        Assert.Contains("Génesis Blanco", (await visitor.GetPageAsync("/talent")).QuerySelector(".talent-list")!.TextContent, StringComparison.Ordinal);

        // A rejection is explained too.
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync($"/admin/talent/{profile.Id}", [new("decision", "reject"), new("reason", "No es un negocio.")])).StatusCode);
        Assert.Contains("No es un negocio.", (await _talent.Smtp.WaitForMessageAsync(Owner, m => m.Subject == "Tu perfil de talento no se ha publicado")).TextBody, StringComparison.Ordinal);
        await AssertAbsentAsync(visitor, profile.Id, "Génesis");
        Assert.DoesNotContain("Génesis", (await visitor.GetPageAsync("/talent?q=genesis")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_hides_and_deletes_the_profile_and_deleting_removes_its_data()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        var id = (await _talent.ProfileOfAsync(Owner))!.Id;
        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync($"/admin/talent/{id}", [new("decision", "approve")])).StatusCode);
        using var visitor = _talent.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", "Cliente"), new("Email", "cliente@example.org"), new("Message", "¿Atiendes los sábados por la mañana?")])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitFormAsync("/my/talent", [], "/my/talent/visibility")).StatusCode);
        Assert.True((await _talent.ProfileOfAsync(Owner))!.Hidden);
        await AssertAbsentAsync(visitor, id, "Génesis");

        var confirm = await owner.GetPageAsync("/my/talent/delete");
        Assert.Contains("No se puede deshacer", confirm.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitFormAsync("/my/talent/delete", [], "/my/talent/delete")).StatusCode);
        Assert.Null(await _talent.ProfileOfAsync(Owner));
        Assert.Equal(0, await _talent.Site.WithDbAsync(db => db.Set<TalentMessage>().CountAsync(m => m.ProfileId == id)));
        await AssertAbsentAsync(visitor, id, "Génesis");
    }

    [Fact]
    public async Task Only_moderators_reach_the_queue_and_only_signed_in_people_have_a_profile_page()
    {
        using var anonymous = _talent.Site.CreateSiteClient();
        var mine = await anonymous.Http.GetAsync("/my/talent");
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Contains("/account/login", mine.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var learner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/talent")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/talent/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/talent/statistics")).StatusCode);
        var pending = await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().Where(p => p.Status == TalentProfileStatus.Pending).Select(p => p.Id).FirstAsync());
        var forged = await learner.PostFormAsync($"/admin/talent/{pending}/moderate", [new("decision", "approve")], await TokenAsync(learner));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(TalentProfileStatus.Pending, await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().Where(p => p.Id == pending).Select(p => p.Status).FirstAsync()));
    }

    private static async Task<string> TokenAsync(SiteClient client) =>
        (await client.GetPageAsync("/my/talent")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>Not in the list, the search, the profile page, the GeoJSON or the CSV.</summary>
    internal static async Task AssertAbsentAsync(SiteClient visitor, int id, string name)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/talent/{id}")).StatusCode);
        Assert.DoesNotContain(name, (await visitor.GetPageAsync("/talent")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, (await visitor.GetPageAsync($"/talent?q={Uri.EscapeDataString(name)}")).Body!.TextContent, StringComparison.Ordinal);
        using var geo = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/talent"));
        Assert.DoesNotContain(geo.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetInt32() == id);
        Assert.DoesNotContain(name, await visitor.Http.GetStringAsync("/api/talent.csv"), StringComparison.Ordinal);
    }
}
