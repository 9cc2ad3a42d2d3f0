using System.Text.Json.Nodes;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Notifications.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A cohort of a programme with two sessions (one on an evening in Lima), two partners and a referral code:
/// the public page, sign-up with the step-zero intake and its channel, consent-gated demographics, and admission
/// within the capacity with the outcome e-mailed.
/// </summary>
[Trait("Category", "Data")]
public sealed class CohortSignUpTests : IAsyncLifetime
{
    private const string Slug = "creando-2023";
    private const string Recipe = $$"""
        { "name": "cohort-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "rosa@test.localhost", "name": "Rosa Mamani", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "luis@test.localhost", "name": "Luis Pérez", "roles": ["Learner"], "password": "demo-academia-2026" }
          ] },
          { "name": "Cohorts",
            "partners": [
              { "name": "Asociación Hatun Llaqta", "kind": "grassroots", "contactEmail": "hola@hatun.example" },
              { "name": "Universidad del Pacífico Sur", "kind": "university" }
            ],
            "programmes": [ { "slug": "creando", "name": "CREANDO", "description": "Emprendimiento migrante.",
              "cohorts": [ { "slug": "{{Slug}}", "name": "CREANDO 2023", "startsOn": "2023-07-03", "endsOn": "2023-08-11", "capacity": 2, "minAttendancePercent": 75, "certificateHours": 30,
                "timeZone": "America/Lima", "partners": ["Asociación Hatun Llaqta", "Universidad del Pacífico Sur"],
                "referralCodes": [ { "code": "hatun", "label": "Asociación Hatun Llaqta (WhatsApp)", "partner": "Asociación Hatun Llaqta" } ],
                "sessions": [
                  { "title": "Taller: precios que cubren tus costes", "kind": "workshop", "starts": "2023-07-04T19:00", "ends": "2023-07-04T21:00", "url": "https://meet.example/precios", "host": "Asociación Hatun Llaqta", "facilitator": "Ana Ruiz" },
                  { "title": "Clínica: vender por WhatsApp sin riesgos", "kind": "clinic", "starts": "2023-07-08T10:00", "ends": "2023-07-08T12:00", "place": "Casa de la Juventud, Lima" }
                ] } ] } ] }
        ] }
        """;

    private readonly SmtpTestServer _smtp = new();
    private AcademySiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "cohort-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task The_public_page_shows_the_schedule_in_the_cohorts_time_and_in_each_participants_own()
    {
        using var visitor = _site.CreateSiteClient();
        var page = await visitor.GetPageAsync($"/cohorts/{Slug}");
        Assert.Equal("CREANDO 2023", page.QuerySelector("h1")!.TextContent);
        var first = page.QuerySelectorAll(".session-when")[0].TextContent;
        Assert.Contains("martes 4 de julio, 19:00", first, StringComparison.Ordinal);
        Assert.Contains("Las horas se muestran en hora de Lima (UTC−5).", page.QuerySelector(".schedule-summary")!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("America/", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Asociación Hatun Llaqta", "Universidad del Pacífico Sur"], page.QuerySelectorAll(".partners li").Select(li => li.TextContent));

        // Luis reads from Madrid: seven hours ahead of Lima in July (summer time), so 02:00 the next day.
        await _site.WithDbAsync(async db =>
        {
            (await db.Set<AcademyUser>().SingleAsync(u => u.Email == "luis@test.localhost")).TimeZoneId = "Europe/Madrid";
            return await db.SaveChangesAsync();
        });
        using var luis = _site.CreateSiteClient();
        await luis.SignInAsync("luis@test.localhost", AcademySiteFactory.DemoPassword);
        var madrid = await luis.GetPageAsync($"/cohorts/{Slug}");
        Assert.Contains("miércoles 5 de julio, 02:00", madrid.QuerySelectorAll(".session-when")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_account_takes_its_browsers_zone_else_its_cohorts_else_the_sites()
    {
        // The lab's zone is Madrid here, to tell it apart from the cohort's (Lima).
        await _site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<InnovationAcademy.Core.Settings.ISiteService>().UpdateAsync(s => s.TimeZoneId = "Europe/Madrid");
            return true;
        });

        async Task<string> SignUpAsync(string email, string? browserZone)
        {
            using var visitor = _site.CreateSiteClient();
            var sent = await visitor.SubmitFormAsync($"/cohorts/{Slug}",
            [
                new("DisplayName", "Participante"), new("Email", email), new("Device", "SmartphoneOnly"), new("Connectivity", "MobileData"),
                new("Stage", "Starting"), new("Sector", "Gastronomía y catering"), new("BrowserTimeZone", browserZone ?? ""),
            ], $"/cohorts/{Slug}/sign-up");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            return await _site.WithDbAsync(db => db.Set<AcademyUser>().Where(u => u.Email == email).Select(u => u.TimeZoneId).SingleAsync());
        }

        Assert.Equal("America/Caracas", await SignUpAsync("caracas@test.localhost", "America/Caracas"));
        Assert.Equal("America/Lima", await SignUpAsync("sin-script@test.localhost", null));
        Assert.Equal("America/Lima", await SignUpAsync("zona-rara@test.localhost", "Mars/Olympus_Mons"));
        // Zones the server knows but people do not live in (its own clock, Windows names) are not taken either.
        Assert.Equal("America/Lima", await SignUpAsync("reloj-local@test.localhost", "localtime"));
        Assert.Equal("America/Lima", await SignUpAsync("windows@test.localhost", "Pacific Standard Time"));

        using var registering = _site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await registering.SubmitFormAsync("/account/register",
            [new("DisplayName", "Marta"), new("Email", "marta@test.localhost"), new("Password", "una frase larga y rara"), new("ConfirmPassword", "una frase larga y rara")])).StatusCode);
        Assert.Equal("Europe/Madrid", await _site.WithDbAsync(db => db.Set<AcademyUser>().Where(u => u.Email == "marta@test.localhost").Select(u => u.TimeZoneId).SingleAsync()));
    }

    [Fact]
    public async Task A_visitor_from_a_partners_whatsapp_link_signs_up_with_step_zero_and_the_channel_is_recorded()
    {
        using var visitor = _site.CreateSiteClient();
        var page = await visitor.GetPageAsync($"/cohorts/{Slug}?ref=HATUN");
        var whatsapp = page.QuerySelector("a.whatsapp")!.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/?text=", whatsapp, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"http://localhost/cohorts/{Slug}?ref=hatun"), whatsapp, StringComparison.Ordinal);

        var answered = await visitor.SubmitFormAsync($"/cohorts/{Slug}?ref=HATUN",
        [
            new("DisplayName", "Yuleisy Contreras"), new("Email", "yuleisy@test.localhost"), new("Device", "SmartphoneOnly"),
            new("Connectivity", "MobileData"), new("Skills", "0"), new("Skills", "3"), new("Stage", "Starting"), new("Sector", "Gastronomía y catering"),
            new("Consent", "true"), new("Gender", "woman"), new("Nationality", "Venezolana"), new("MigrationStatus", "in-process"),
        ], $"/cohorts/{Slug}/sign-up");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var application = await _site.WithDbAsync(db => db.Set<CohortApplication>().SingleAsync());
        Assert.Equal("Asociación Hatun Llaqta (WhatsApp)", application.Channel);
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal(2, application.DigitalSkills);
        Assert.Equal(ReadinessLevel.Basic, application.Readiness);
        var demographics = await _site.WithDbAsync(db => db.Set<ApplicantDemographics>().SingleAsync());
        Assert.Equal(("woman", "Venezolana", "in-process"), (demographics.Gender, demographics.Nationality, demographics.MigrationStatus));

        // The account was made by invitation: she chooses her password from the e-mail.
        var user = await _site.WithDbAsync(db => db.Set<AcademyUser>().SingleAsync(u => u.Email == "yuleisy@test.localhost"));
        Assert.Equal("Yuleisy Contreras", user.DisplayName);
        Assert.True(await _site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "yuleisy@test.localhost")));

        // The invitation names the cohort and what comes next; choosing the password opens her journey, now in the menu.
        var invitation = await _smtp.WaitForMessageAsync("yuleisy@test.localhost", m => m.TextBody!.Contains("/account/reset-password", StringComparison.Ordinal));
        Assert.Equal("Tu inscripción a CREANDO 2023: elige tu contraseña", invitation.Subject);
        Assert.Contains("Recibimos tu inscripción a CREANDO 2023", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("«Mi itinerario»", invitation.TextBody, StringComparison.Ordinal);
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(invitation.TextBody!, @"https?://\S+/account/reset-password\S+").Value);
        using var mailbox = _site.CreateSiteClient();
        var chosen = await mailbox.SubmitFormAsync(link.PathAndQuery, [new("Password", "arepas con queso llanero"), new("ConfirmPassword", "arepas con queso llanero")]);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/my/journey", chosen.Headers.Location!.OriginalString);
        var journey = await mailbox.GetPageAsync("/my/journey");
        Assert.Contains("CREANDO 2023", journey.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(journey.QuerySelectorAll(".main-nav a"), a => a.GetAttribute("href") == "/my/journey" && a.TextContent == "Mi itinerario");
    }

    [Fact]
    public async Task A_sign_up_that_arrives_after_the_cohort_closed_makes_no_account_and_sends_nothing()
    {
        using var visitor = _site.CreateSiteClient();
        var page = await visitor.GetPageAsync($"/cohorts/{Slug}");
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value");

        // The team closes sign-up while the form is open on her phone.
        await _site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Slug == Slug).ExecuteUpdateAsync(set => set.SetProperty(c => c.SignUpOpen, false)));
        var late = await visitor.PostFormAsync($"/cohorts/{Slug}/sign-up",
            [new("DisplayName", "Ana Tarde"), new("Email", "tarde@test.localhost"), new("Device", "SmartphoneOnly"), new("Connectivity", "MobileData"), new("Stage", "Idea"), new("Sector", "Comercio")], token);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var answer = await visitor.GetPageAsync(late.Headers.Location!.OriginalString);
        Assert.Equal("Las inscripciones de esta cohorte están cerradas.", answer.QuerySelector("#sign-up-done")!.TextContent);
        Assert.False(await _site.WithDbAsync(db => db.Set<AcademyUser>().AnyAsync(u => u.Email == "tarde@test.localhost")));
        Assert.False(await _site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "tarde@test.localhost")));
    }

    [Fact]
    public async Task An_address_with_a_display_name_or_a_name_on_several_lines_makes_no_account()
    {
        async Task<AngleSharp.Dom.IDocument> SignUpAsync(string name, string email)
        {
            using var visitor = _site.CreateSiteClient();
            var sent = await visitor.SubmitFormAsync($"/cohorts/{Slug}",
            [
                new("DisplayName", name), new("Email", email), new("Device", "SmartphoneOnly"), new("Connectivity", "MobileData"),
                new("Stage", "Starting"), new("Sector", "Gastronomía y catering"),
            ], $"/cohorts/{Slug}/sign-up");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
            return await SiteClient.ParseAsync(sent);
        }

        // "Name <address>" would pass as a new address for someone else's mailbox.
        Assert.NotNull((await SignUpAsync("Intrusa", "Rosa <rosa@test.localhost>")).QuerySelector("#Email[aria-invalid=true]"));
        // A line break in a name would write its own lines into the e-mails the platform sends.
        Assert.NotNull((await SignUpAsync("Ana\r\nBcc: otra@test.localhost", "ana-lineas@test.localhost")).QuerySelector("#DisplayName[aria-invalid=true]"));
        Assert.NotNull((await SignUpAsync("Ana\u202Egnp.exe", "ana-rtl@test.localhost")).QuerySelector("#DisplayName[aria-invalid=true]"));
        var emails = await _site.WithDbAsync(db => db.Set<AcademyUser>().Select(u => u.Email!).ToListAsync());
        Assert.DoesNotContain(emails, e => e.Contains('<', StringComparison.Ordinal) || e.StartsWith("ana-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_intake_offers_the_sites_one_sector_list_which_the_talent_directory_keeps()
    {
        using var admin = await RecipeTests.AdminAsync(_site);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/talent/sectors", [new("name", "Pesca artesanal")], "/admin/talent/sectors")).StatusCode);
        var directory = (await admin.GetPageAsync("/admin/talent/sectors")).QuerySelectorAll("input[name=name][value]").Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal).ToList();

        using var rosa = _site.CreateSiteClient();
        await rosa.SignInAsync("rosa@test.localhost", AcademySiteFactory.DemoPassword);
        var offered = (await rosa.GetPageAsync($"/cohorts/{Slug}")).QuerySelectorAll("#Sector option[value]:not([value=''])").Select(o => o.GetAttribute("value")!).ToList();
        Assert.Equal(directory, offered.Order(StringComparer.Ordinal));
        Assert.Contains("Pesca artesanal", offered);
        Assert.DoesNotContain("Food and catering", offered);

        // Typed as a phone would send it, kept as the list writes it, so reports join the two.
        var sent = await rosa.SubmitFormAsync($"/cohorts/{Slug}",
            [new("Device", "SmartphoneOnly"), new("Connectivity", "MobileData"), new("Stage", "Running"), new("Sector", "PESCA ARTESANAL")], $"/cohorts/{Slug}/sign-up");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Pesca artesanal", (await _site.WithDbAsync(db => db.Set<CohortApplication>().SingleAsync())).Sector);
    }

    [Fact]
    public async Task Without_consent_no_demographics_are_kept_and_without_a_code_the_channel_is_direct()
    {
        using var rosa = _site.CreateSiteClient();
        await rosa.SignInAsync("rosa@test.localhost", AcademySiteFactory.DemoPassword);
        var signUp = $"/cohorts/{Slug}/sign-up";
        var incomplete = await rosa.SubmitFormAsync($"/cohorts/{Slug}", [new("Device", "Computer"), new("Gender", "woman")], signUp);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        var form = await SiteClient.ParseAsync(incomplete);
        Assert.NotNull(form.QuerySelector("#Sector[aria-invalid=true]"));
        // On a phone the answer opens at the form's errors, not at the top of the cohort's long page.
        Assert.EndsWith("#sign-up-errors", form.QuerySelector("form.sign-up")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#sign-up-errors[role=alert]"));
        Assert.Equal(3, form.QuerySelectorAll(".sign-up .field-error").Length);
        Assert.Equal("true", form.QuerySelector("#device-Computer")!.HasAttribute("checked") ? "true" : "false");
        Assert.Empty(await _site.WithDbAsync(db => db.Set<CohortApplication>().ToListAsync()));

        var sent = await rosa.SubmitFormAsync($"/cohorts/{Slug}",
            [new("Device", "NoneOfMyOwn"), new("Connectivity", "Rarely"), new("Stage", "Idea"), new("Sector", "artesania"), new("Gender", "woman"), new("Nationality", "Peruana")], signUp);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var application = await _site.WithDbAsync(db => db.Set<CohortApplication>().SingleAsync());
        Assert.Equal("direct", application.Channel);
        Assert.Equal(ReadinessLevel.NeedsSupport, application.Readiness);
        Assert.Empty(await _site.WithDbAsync(db => db.Set<ApplicantDemographics>().ToListAsync()));

        Assert.Contains("Estado: Pendiente", (await rosa.GetPageAsync($"/cohorts/{Slug}")).QuerySelector(".my-sign-up")!.TextContent, StringComparison.Ordinal);
        // Pressed again (an old tab): the first sign-up stands.
        var token = (await rosa.GetPageAsync($"/cohorts/{Slug}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await rosa.PostFormAsync(signUp,
            [new("Device", "Computer"), new("Connectivity", "HomeInternet"), new("Stage", "Idea"), new("Sector", "artesania")], token)).StatusCode);
        Assert.Single(await _site.WithDbAsync(db => db.Set<CohortApplication>().ToListAsync()));
    }

    [Fact]
    public async Task Administrators_admit_within_the_capacity_the_rest_wait_and_everyone_is_told_by_email()
    {
        await SignUpVisitorsAsync(("Uno", "uno@test.localhost"), ("Dos", "dos@test.localhost"), ("Tres", "tres@test.localhost"));

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var url = $"/admin/cohorts/{Slug}";
        var page = await manager.GetPageAsync(url);
        var ids = page.QuerySelectorAll("input[name=selected]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(3, ids.Count);

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var decided = await manager.PostFormAsync($"{url}/applications", [.. ids.Select(id => new KeyValuePair<string, string>("selected", id)), new("decision", "Accept")], token);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var statuses = await _site.WithDbAsync(db => db.Set<CohortApplication>().OrderBy(a => a.SignedUpUtc).ThenBy(a => a.Id).Select(a => a.Status).ToListAsync());
        Assert.Equal([ApplicationStatus.Accepted, ApplicationStatus.Accepted, ApplicationStatus.Waitlisted], statuses);
        Assert.Contains("2 personas admitidas; la cohorte está completa: 1 persona pasó a la lista de espera. Se avisó a todas por correo.", (await manager.GetPageAsync(url)).QuerySelector("[role=status], .flash")!.TextContent, StringComparison.Ordinal);

        var mails = await _site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Subject.Contains("CREANDO 2023")).Select(m => m.To + " " + m.Subject).ToListAsync());
        Assert.Contains("uno@test.localhost Tienes plaza en CREANDO 2023", mails);
        Assert.Contains("tres@test.localhost Estás en la lista de espera de CREANDO 2023", mails);

        // A learner cannot see the sign-ups nor decide.
        using var rosa = _site.CreateSiteClient();
        await rosa.SignInAsync("rosa@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await rosa.Http.GetAsync(url)).StatusCode);
        var rosaToken = (await rosa.GetPageAsync($"/cohorts/{Slug}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Forbidden, (await rosa.PostFormAsync($"{url}/applications", [new("selected", ids[2]), new("decision", "Accept")], rosaToken)).StatusCode);
    }

    [Fact]
    public async Task Calendar_apps_read_the_public_feed_and_an_accepted_participants_private_one_in_utc()
    {
        using var visitor = _site.CreateSiteClient();
        var response = await visitor.Http.GetAsync($"/cohorts/{Slug}/calendar.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var feed = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var first = feed.Events.OrderBy(e => e.Start!.AsUtc).First();
        Assert.Equal(2, feed.Events.Count);
        Assert.Equal("Taller: precios que cubren tus costes", first.Summary);
        Assert.Equal(new DateTime(2023, 7, 5, 0, 0, 0, DateTimeKind.Utc), first.Start!.AsUtc);
        Assert.Equal(new DateTime(2023, 7, 5, 2, 0, 0, DateTimeKind.Utc), first.End!.AsUtc);
        // The meeting link is for admitted participants: the public feed says "En línea" (the site speaks Spanish) and links to the cohort's page.
        Assert.Equal("En línea", first.Location);
        Assert.DoesNotContain("meet.example", await visitor.Http.GetStringAsync($"/cohorts/{Slug}/calendar.ics"), StringComparison.Ordinal);

        using var rosa = _site.CreateSiteClient();
        await rosa.SignInAsync("rosa@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await rosa.SubmitFormAsync($"/cohorts/{Slug}",
            [new("Device", "SmartphoneOnly"), new("Connectivity", "MobileData"), new("Stage", "Running"), new("Sector", "Comercio")], $"/cohorts/{Slug}/sign-up")).StatusCode);
        var journey = await rosa.GetPageAsync("/my/journey");
        Assert.Null(journey.QuerySelector("input[readonly]"));
        Assert.Contains("te escribirá por correo con la respuesta", journey.QuerySelector(".journey .notice")!.TextContent, StringComparison.Ordinal);
        var application = await _site.WithDbAsync(db => db.Set<CohortApplication>().SingleAsync());
        var privateUrl = $"/my/journey/calendar/{application.CalendarToken}.ics";
        Assert.Empty(Ical.Net.Calendar.Load(await visitor.Http.GetStringAsync(privateUrl))!.Events);

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync($"/admin/cohorts/{Slug}",
            [new("selected", application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", "Accept")])).StatusCode);
        var mine = Ical.Net.Calendar.Load(await visitor.Http.GetStringAsync(privateUrl))!;
        Assert.Equal(2, mine.Events.Count);
        Assert.Equal("https://meet.example/precios", mine.Events.OrderBy(e => e.Start!.AsUtc).First().Location);
        journey = await rosa.GetPageAsync("/my/journey");
        Assert.EndsWith(privateUrl, journey.QuerySelector("input[readonly]")!.GetAttribute("value"), StringComparison.Ordinal);
        // One tap subscribes the phone's calendar (webcal), adds the feed to Google or Outlook, or downloads the file.
        var links = journey.QuerySelectorAll(".calendar-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("webcal://", StringComparison.Ordinal) && l.EndsWith(privateUrl, StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://calendar.google.com/", StringComparison.Ordinal) && l.Contains(Uri.EscapeDataString(privateUrl), StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://outlook.live.com/", StringComparison.Ordinal));
        Assert.NotNull(journey.QuerySelector($".calendar-links a[download][href$='{privateUrl}']"));
        // The cohort is over: the page says when it ended and what stays, not that it has no sessions.
        Assert.Contains(journey.QuerySelectorAll(".journey .notice"), n => n.TextContent.StartsWith("Esta cohorte terminó el 11 de agosto de 2023.", StringComparison.Ordinal));
        Assert.Null(journey.QuerySelector(".journey .empty"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/my/journey/calendar/not-a-real-token-at-all-000.ics")).StatusCode);
    }

    [Fact]
    public async Task A_facilitator_marks_attendance_by_hand_and_from_a_meeting_export_that_reports_unmatched_lines()
    {
        await SignUpVisitorsAsync(("Uno", "uno@test.localhost"), ("Dos", "dos@test.localhost"));

        await _site.WithDbAsync(async db =>
        {
            foreach (var application in await db.Set<CohortApplication>().ToListAsync())
            {
                application.Status = ApplicationStatus.Accepted;
            }

            return await db.SaveChangesAsync();
        });
        var sessions = await _site.WithDbAsync(db => db.Set<CohortSession>().OrderBy(s => s.StartsUtc).Select(s => s.Id).ToListAsync());
        var ids = await _site.WithDbAsync(db => db.Set<CohortApplication>().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

        using var facilitator = _site.CreateSiteClient();
        await facilitator.SignInAsync("facilitadora@academy.localhost", AcademySiteFactory.DemoPassword);
        var list = await facilitator.GetPageAsync($"/admin/cohorts/{Slug}");
        Assert.Empty(list.QuerySelectorAll("input[name=selected]"));
        var first = $"/admin/cohorts/{Slug}/sessions/{sessions[0]}/attendance";
        Assert.Equal(2, (await facilitator.GetPageAsync(first)).QuerySelectorAll(".checklist input[type=checkbox]").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitFormAsync(first, [new("present", ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture))], first)).StatusCode);
        var marks = await _site.WithDbAsync(db => db.Set<Attendance>().Where(a => a.SessionId == sessions[0]).OrderBy(a => a.ApplicationId).Select(a => a.Present).ToListAsync());
        Assert.Equal([true, false], marks);

        // A Zoom-style export: a header, both participants (one in capitals), a guest and a line without e-mail.
        var export = "Nombre (nombre original),Correo electrónico del usuario,Duración (minutos)\r\nUno,uno@test.localhost,55\r\nDos,DOS@TEST.LOCALHOST,60\r\nInvitada,invitada@otra.example,30\r\nTeléfono +51 999,,12\r\n";
        var second = $"/admin/cohorts/{Slug}/sessions/{sessions[1]}/attendance";
        var page = await facilitator.GetPageAsync(second);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector($"form[action='{second}/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(export)), "file", "participantes.csv" },
        };
        var imported = await SiteClient.ParseAsync(await facilitator.Http.PostAsync($"{second}/import", content));
        Assert.Contains("2 personas marcadas como presentes", imported.QuerySelector(".import-result")!.TextContent, StringComparison.Ordinal);
        var unmatched = imported.QuerySelectorAll(".unmatched li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, unmatched.Count);
        Assert.Contains("Línea 4: Invitada,invitada@otra.example,30 (no es una persona admitida)", unmatched);
        Assert.StartsWith("Línea 5:", unmatched[1], StringComparison.Ordinal);
        Assert.Equal(2, await _site.WithDbAsync(db => db.Set<Attendance>().CountAsync(a => a.SessionId == sessions[1] && a.Present)));

        // Learners neither see nor mark attendance.
        using var rosa = _site.CreateSiteClient();
        await rosa.SignInAsync("rosa@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await rosa.Http.GetAsync(first)).StatusCode);
    }

    [Fact]
    public async Task Graduates_are_computed_from_attendance_and_certified_once_each()
    {
        await SignUpVisitorsAsync(("Uno", "uno@test.localhost"), ("Dos", "dos@test.localhost"));

        // Uno came to both sessions, Dos to one of two: 50 % is under the 75 % rule. The list is by name: Dos, then Uno.
        await _site.WithDbAsync(async db =>
        {
            var applications = await db.Set<CohortApplication>().OrderBy(a => a.Id).ToListAsync();
            var sessions = await db.Set<CohortSession>().OrderBy(s => s.StartsUtc).Select(s => s.Id).ToListAsync();
            foreach (var application in applications)
            {
                application.Status = ApplicationStatus.Accepted;
            }

            db.AddRange(
                new Attendance { SessionId = sessions[0], ApplicationId = applications[0].Id, Present = true, MarkedBy = "test", Source = "list" },
                new Attendance { SessionId = sessions[1], ApplicationId = applications[0].Id, Present = true, MarkedBy = "test", Source = "list" },
                new Attendance { SessionId = sessions[0], ApplicationId = applications[1].Id, Present = true, MarkedBy = "test", Source = "list" },
                new Attendance { SessionId = sessions[1], ApplicationId = applications[1].Id, Present = false, MarkedBy = "test", Source = "list" });
            return await db.SaveChangesAsync();
        });

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var url = $"/admin/cohorts/{Slug}/graduates";
        var page = await manager.GetPageAsync(url);
        Assert.Equal(["Todavía no", "Sí"], page.QuerySelectorAll(".graduates tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()));
        Assert.Equal(["1 / 2", "2 / 2"], page.QuerySelectorAll(".graduates tbody tr td.number").Select(td => td.TextContent.Trim()));

        Assert.Equal(HttpStatusCode.Redirect, (await manager.PressButtonAsync(url, $"{url}/certify")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PressButtonAsync(url, $"{url}/certify")).StatusCode);
        var certificate = Assert.Single(await _site.WithDbAsync(db => db.Set<InnovationAcademy.Certificates.Models.Certificate>().ToListAsync()));
        Assert.Equal(("Uno", "CREANDO 2023", 30m, InnovationAcademy.Certificates.Models.CertificateSubject.Cohort), (certificate.LearnerName, certificate.Title, certificate.Hours, certificate.Subject));
        Assert.Equal(new DateOnly(2023, 8, 11), certificate.CompletedOn);

        var pdf = await _site.WithScopeAsync(services => services.GetRequiredService<InnovationAcademy.Certificates.Services.CertificateDocuments>().PdfAsync(certificate));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Contains("ha completado el itinerario CREANDO 2023 con 30 horas de formación", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        Assert.Contains($"/admin/certificates/{certificate.Code}", (await manager.GetPageAsync(url)).QuerySelector(".graduates")!.InnerHtml, StringComparison.Ordinal);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await _site.CreateSiteClient().Http.GetStringAsync($"/api/certificates/{certificate.Code}"))!;
        Assert.Equal("CREANDO 2023", (string?)json["course"]);
    }

    [Fact]
    public async Task The_cohorts_step_exports_what_it_imports()
    {
        using var admin = await RecipeTests.AdminAsync(_site);
        var exported = JsonNode.Parse(await admin.Http.GetStringAsync("/admin/recipes/export"))!;
        var step = exported["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Cohorts")!;
        var cohort = step["programmes"]![0]!["cohorts"]![0]!;
        Assert.Equal("2023-07-04T19:00", (string?)cohort["sessions"]![0]!["starts"]);
        Assert.Equal("Asociación Hatun Llaqta", (string?)cohort["referralCodes"]![0]!["partner"]);
        Assert.Equal(2, cohort["partners"]!.AsArray().Count);
    }

    /// <summary>Visitors without accounts sign up with the same step-zero answers, in this order.</summary>
    private async Task SignUpVisitorsAsync(params (string Name, string Email)[] people)
    {
        foreach (var (name, email) in people)
        {
            using var visitor = _site.CreateSiteClient();
            Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitFormAsync($"/cohorts/{Slug}",
            [
                new("DisplayName", name), new("Email", email), new("Device", "Computer"), new("Connectivity", "HomeInternet"),
                new("Stage", "Running"), new("Sector", "Comercio"),
            ], $"/cohorts/{Slug}/sign-up")).StatusCode);
        }
    }
}
