using InnovationAcademy.Cohorts.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>A course administrator creates a cohort and its sessions in the admin, without a recipe.</summary>
[Trait("Category", "Data")]
public sealed class CohortEditorTests(CohortEditorTests.Site site) : IClassFixture<CohortEditorTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    private async Task<SiteClient> GestoraAsync()
    {
        var client = site.CreateSiteClient();
        await client.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        return client;
    }

    [Fact]
    public async Task Wrong_fields_are_named_and_nothing_is_created_then_a_right_form_creates_the_cohort()
    {
        using var gestora = await GestoraAsync();
        var wrong = await gestora.SubmitFormAsync("/admin/cohorts/new",
        [
            new("NewProgramme", "Emprende Lima"), new("Name", ""), new("Slug", "Mal Slug"), new("StartsOn", "2027-05-10"), new("EndsOn", "2027-05-01"),
            new("Capacity", "0"), new("TimeZoneId", "America/Lima"), new("MinAttendancePercent", "120"),
        ]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var page = await SiteClient.ParseAsync(wrong);
        foreach (var field in new[] { "Name", "Slug", "EndsOn", "Capacity", "MinAttendancePercent" })
        {
            Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        }

        Assert.Equal("La fecha de fin es anterior a la de inicio.", page.QuerySelector("#EndsOn + .field-error")!.TextContent);
        Assert.Equal("Emprende Lima", page.QuerySelector("#NewProgramme")!.GetAttribute("value"));
        Assert.False(await site.WithDbAsync(db => db.Set<Programme>().AnyAsync(p => p.Name == "Emprende Lima")));

        var created = await gestora.SubmitFormAsync("/admin/cohorts/new",
        [
            new("NewProgramme", "Emprende Lima"), new("Name", "Emprende Lima 2027"), new("Slug", "emprende-lima-2027"), new("StartsOn", "2027-05-03"),
            new("EndsOn", "2027-06-11"), new("Capacity", "40"), new("TimeZoneId", "America/Lima"), new("SignUpOpen", "true"), new("MinAttendancePercent", "70"),
            new("CertificateHours", "18"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/cohorts/emprende-lima-2027", created.Headers.Location!.OriginalString);
        var cohort = await site.WithDbAsync(db => db.Set<Cohort>().Include(c => c.Programme).SingleAsync(c => c.Slug == "emprende-lima-2027"));
        Assert.Equal(("emprende-lima", 40, 70, 18m, true), (cohort.Programme.Slug, cohort.Capacity!.Value, cohort.MinAttendancePercent, cohort.CertificateHours, cohort.SignUpOpen));

        using var visitor = site.CreateSiteClient();
        Assert.Equal("Emprende Lima 2027", (await visitor.GetPageAsync("/cohorts/emprende-lima-2027")).QuerySelector("h1")!.TextContent);
        var taken = await gestora.SubmitFormAsync("/admin/cohorts/new",
            [new("NewProgramme", "Otro"), new("Name", "Copia"), new("Slug", "emprende-lima-2027"), new("StartsOn", "2027-05-03"), new("EndsOn", "2027-06-11")]);
        Assert.Equal("Otra cohorte ya tiene esta dirección.", (await SiteClient.ParseAsync(taken)).QuerySelector("#Slug + .field-error")!.TextContent);
    }

    [Fact]
    public async Task A_session_is_entered_in_the_cohorts_time_and_deleting_it_warns_of_its_attendance()
    {
        using var gestora = await GestoraAsync();
        var created = await gestora.SubmitFormAsync("/admin/cohorts/new",
        [
            new("NewProgramme", "Sesiones"), new("Name", "Sesiones 2027"), new("Slug", "sesiones-2027"), new("StartsOn", "2027-05-03"),
            new("EndsOn", "2027-06-11"), new("TimeZoneId", "America/Lima"), new("MinAttendancePercent", "75"), new("CertificateHours", "0"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        const string add = "/admin/cohorts/sesiones-2027/sessions/new";
        var wrong = await gestora.SubmitFormAsync(add,
            [new("Title", "Clínica de precios"), new("Kind", "Clinic"), new("Day", "2027-05-04"), new("Starts", "19:00"), new("Ends", "18:00"), new("OnlineUrl", "javascript:alert(1)"), new("Materials", "sin dirección")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var page = await SiteClient.ParseAsync(wrong);
        Assert.Equal(["Ends", "OnlineUrl", "Materials"], page.QuerySelectorAll("[aria-invalid=true]").Select(e => e.Id!));

        var saved = await gestora.SubmitFormAsync(add,
        [
            new("Title", "Clínica de precios"), new("Kind", "Clinic"), new("Day", "2027-05-04"), new("Starts", "19:00"), new("Ends", "21:00"),
            new("OnlineUrl", "https://meet.example/precios"), new("Facilitator", "Ana Ruiz"), new("Materials", "Plantilla | /media/plantilla.pdf\nVídeo | https://video.example/precios"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var session = await site.WithDbAsync(db => db.Set<CohortSession>().Include(s => s.Materials).SingleAsync(s => s.Title == "Clínica de precios"));
        Assert.Equal(new DateTime(2027, 5, 5, 0, 0, 0, DateTimeKind.Utc), session.StartsUtc); // 19:00 in Lima is midnight UTC
        Assert.Equal(["Plantilla", "Vídeo"], session.Materials.OrderBy(m => m.Position).Select(m => m.Title));

        var edit = await gestora.GetPageAsync($"/admin/cohorts/sesiones-2027/sessions/{session.Id}/edit");
        Assert.Equal("19:00", edit.QuerySelector("#Starts")!.GetAttribute("value"));
        Assert.Equal("Plantilla | /media/plantilla.pdf\nVídeo | https://video.example/precios", edit.QuerySelector("#Materials")!.TextContent);

        var confirm = await gestora.GetPageAsync($"/admin/cohorts/sesiones-2027/sessions/{session.Id}/delete");
        Assert.Contains("No se puede deshacer", confirm.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var deleted = await gestora.SubmitFormAsync($"/admin/cohorts/sesiones-2027/sessions/{session.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Set<CohortSession>().AnyAsync(s => s.Id == session.Id)));
    }

    [Fact]
    public async Task Facilitators_and_learners_cannot_create_or_edit_cohorts()
    {
        foreach (var email in new[] { "facilitadora@academy.localhost", "alumna@academy.localhost" })
        {
            using var client = site.CreateSiteClient();
            await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/cohorts/new")).StatusCode);
        }
    }

    [Fact]
    public async Task A_new_cohort_without_sign_ups_reports_empty_states_and_can_be_renamed()
    {
        using var gestora = await GestoraAsync();
        var created = await gestora.SubmitFormAsync("/admin/cohorts/new",
        [
            new("NewProgramme", "Vacía"), new("Name", "Vacía 2027"), new("Slug", "vacia-2027"), new("StartsOn", "2027-09-06"),
            new("EndsOn", "2027-10-15"), new("TimeZoneId", "Europe/Madrid"), new("MinAttendancePercent", "75"), new("CertificateHours", "0"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var report = await gestora.GetPageAsync("/admin/cohorts/vacia-2027/report");
        Assert.Equal("Aún no se ha inscrito nadie en esta cohorte: los desgloses aparecen con la primera inscripción.", report.QuerySelector(".empty")!.TextContent);
        Assert.Equal("0", report.QuerySelector("tr[data-figure=signUps] td")!.TextContent.Trim());
        Assert.Equal("—", report.QuerySelector("tr[data-figure=graduationRate] td")!.TextContent.Trim());
        Assert.Equal("—", report.QuerySelector("tr[data-figure=womenPercent] td")!.TextContent.Trim());

        var none = await gestora.GetPageAsync("/admin/cohorts/compare");
        Assert.Equal("Marca dos o más cohortes y pulsa Comparar.", none.QuerySelector(".empty")!.TextContent);
        var tooMany = await gestora.GetPageAsync("/admin/cohorts/compare?cohorts=a,b,c,d,e,f,g");
        Assert.Equal("Compara como máximo 6 cohortes a la vez.", tooMany.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await gestora.Http.GetAsync("/admin/cohorts/compare.csv")).StatusCode);

        var renamed = await gestora.SubmitFormAsync("/admin/cohorts/vacia-2027/edit", [new("Name", "Vacía otoño 2027")]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var cohort = await site.WithDbAsync(db => db.Set<Cohort>().SingleAsync(c => c.Slug == "vacia-2027"));
        Assert.Equal(("Vacía otoño 2027", "Europe/Madrid", new DateOnly(2027, 10, 15)), (cohort.Name, cohort.TimeZoneId, cohort.EndsOn));

        // The form's programme list has an existing programme selected; a new programme's name typed in wins.
        var second = await gestora.SubmitFormAsync("/admin/cohorts/new",
            [new("NewProgramme", "Segundo programa"), new("Name", "Segunda"), new("Slug", "segunda-2027"), new("StartsOn", "2027-09-06"), new("EndsOn", "2027-10-15")]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Segundo programa", await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Slug == "segunda-2027").Select(c => c.Programme.Name).SingleAsync()));
    }
}
