using System.Globalization;

namespace InnovationAcademy.IntegrationTests.Home;

/// <summary>
/// The home page as its visitors meet it: the courses to start, the learning journeys open for sign-up and the talent
/// directory; signed in, where the learner left off, their next live sessions and their deadlines. The main menu
/// leads to every learning journey, and to a participant's own journey once they have signed up.
/// </summary>
[Trait("Category", "Data")]
public sealed class HomePageTests : IAsyncLifetime
{
    private const string LessonOne = "a1a1a1a1-0000-4000-8000-000000000001";
    private static readonly DateTime Now = DateTime.UtcNow;

    private static string Day(int daysFromNow) => Now.AddDays(daysFromNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Recipe => $$"""
        { "name": "home-tests", "steps": [
          { "name": "Courses", "courses": [
            { "slug": "laboratorios", "title": "Laboratorios ciudadanos", "summary": "Cómo abrir un laboratorio.", "published": true, "hours": 6,
              "modules": [ { "title": "Uno", "lessons": [
                { "key": "{{LessonOne}}", "title": "Qué es un laboratorio", "kind": "reading", "body": "Texto.", "minutes": 5 },
                { "key": "a1a1a1a1-0000-4000-8000-000000000002", "title": "Cómo empezar", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ],
              "assignment": { "title": "Propuesta de laboratorio", "instructions": "Escribe tu propuesta.", "dueUtc": "{{Day(20)}}T23:59:00Z" } },
            { "slug": "datos-abiertos", "title": "Datos abiertos", "published": true, "hours": 3,
              "modules": [ { "title": "Uno", "lessons": [ { "key": "b2b2b2b2-0000-4000-8000-000000000001", "title": "Portales", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] }
          ] },
          { "name": "Enrollments", "enrollments": [
            { "course": "laboratorios", "email": "alumna@academy.localhost", "status": "active", "progress": ["{{LessonOne}}"] } ] },
          { "name": "Cohorts", "programmes": [ { "slug": "creando", "name": "CREANDO", "cohorts": [
            { "slug": "creando-abierta", "name": "CREANDO próxima", "summary": "Talleres de noche para tu negocio.", "startsOn": "{{Day(10)}}", "endsOn": "{{Day(60)}}", "timeZone": "America/Lima",
              "sessions": [ { "title": "Taller: precios que cubren tus costes", "kind": "workshop", "starts": "{{Day(12)}}T19:00", "ends": "{{Day(12)}}T21:00", "place": "Casa de la Juventud" } ],
              "participants": [ { "email": "alumna@academy.localhost", "name": "Alumna", "status": "accepted" } ] },
            { "slug": "creando-pasada", "name": "CREANDO 2023", "startsOn": "2023-07-03", "endsOn": "2023-08-11", "timeZone": "America/Lima" } ] } ] }
        ] }
        """;

    private AcademySiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        using var admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "home-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_visitor_finds_courses_to_start_journeys_open_for_sign_up_and_the_talent_directory()
    {
        using var visitor = _site.CreateSiteClient();
        var home = await visitor.GetPageAsync("/");

        var courses = home.QuerySelector("#home-courses")!.ParentElement!;
        Assert.Equal(["Datos abiertos", "Laboratorios ciudadanos"], courses.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("/courses/laboratorios", courses.QuerySelectorAll(".card-title a")[1].GetAttribute("href"));
        Assert.Contains(courses.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/courses" && a.TextContent == "Ver los 2 cursos");

        // Only the cohort still to come takes sign-ups; the one from 2023 is not offered.
        var cohorts = home.QuerySelector("#home-cohorts")!.ParentElement!;
        Assert.Equal(["CREANDO próxima"], cohorts.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("/cohorts/creando-abierta#sign-up", cohorts.QuerySelector("a.button-primary")!.GetAttribute("href"));
        Assert.Equal("Inscribirme", cohorts.QuerySelector("a.button-primary")!.TextContent);

        // The course page says what its hours are made of, not only the lessons' minutes.
        var course = await visitor.GetPageAsync("/courses/laboratorios");
        Assert.Equal("6 horas de aprendizaje: unos 10 minutos de lecciones, un trabajo final, más el tiempo para estudiar, practicar y hacer los trabajos.",
            course.QuerySelector(".hours-made-of")!.TextContent.Trim());

        var talent = home.QuerySelector("#home-talent")!.ParentElement!;
        Assert.Matches(@"^\d+ personas emprendedoras", talent.QuerySelector("p")!.TextContent);
        Assert.Equal("/talent", talent.QuerySelector("a.button")!.GetAttribute("href"));

        // Nothing personal for a visitor, and the menu leads to the journeys but not to a journey of their own.
        Assert.Null(home.QuerySelector("#home-continue"));
        Assert.Null(home.QuerySelector("#home-sessions"));
        var menu = home.QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Itinerarios", "/cohorts"), menu);
        Assert.DoesNotContain(menu, m => m.Item2 == "/my/journey");
    }

    [Fact]
    public async Task A_learner_continues_where_she_left_off_and_sees_her_next_session_and_deadline()
    {
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        var home = await learner.GetPageAsync("/");

        var continuing = home.QuerySelector("#home-continue")!.ParentElement!;
        Assert.Equal("Laboratorios ciudadanos", continuing.QuerySelector("h3")!.TextContent);
        Assert.Equal("33", continuing.QuerySelector("progress")!.GetAttribute("value")); // One of two lessons and the assignment.
        var onward = continuing.QuerySelector("a.button-primary")!;
        Assert.Equal(("Continuar", "/courses/laboratorios/continue"), (onward.TextContent, onward.GetAttribute("href")));
        var next = await learner.Http.GetAsync(onward.GetAttribute("href"));
        Assert.Equal($"/courses/laboratorios/lessons/a1a1a1a1-0000-4000-8000-000000000002", next.Headers.Location!.OriginalString);

        // The course she takes is under "continue", not offered again among the courses to start.
        var toStart = home.QuerySelector("#home-courses")!.ParentElement!;
        Assert.Equal(["Datos abiertos"], toStart.QuerySelectorAll(".card-title a").Select(a => a.TextContent));

        var sessions = home.QuerySelector("#home-sessions")!.ParentElement!;
        Assert.Contains("Taller: precios que cubren tus costes", sessions.TextContent, StringComparison.Ordinal);
        Assert.Contains("19:00", sessions.QuerySelector(".session-when")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Casa de la Juventud", sessions.TextContent, StringComparison.Ordinal);

        var deadlines = home.QuerySelector("#home-deadlines")!.ParentElement!;
        Assert.Equal("/courses/laboratorios/assignment", deadlines.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Propuesta de laboratorio", deadlines.TextContent, StringComparison.Ordinal);
        Assert.Contains("Entrega hasta el", deadlines.TextContent, StringComparison.Ordinal);
        Assert.Contains("18:59", deadlines.TextContent, StringComparison.Ordinal); // 23:59 UTC, in her zone, said in words.
        Assert.Contains("(UTC−5)", deadlines.TextContent, StringComparison.Ordinal);

        // She signed up to a cohort, so her journey is in the menu on every page.
        var menu = home.QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Mi itinerario", "/my/journey"), menu);
        Assert.Contains(("Mis cursos", "/my/courses"), menu);
    }

    [Fact]
    public async Task Every_learning_journey_is_listed_open_ones_first_and_an_ended_one_says_so_on_the_journey_page()
    {
        using var visitor = _site.CreateSiteClient();
        var list = await visitor.GetPageAsync("/cohorts");
        Assert.Equal("Itinerarios", list.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Inscripción abierta", "Terminados"], list.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(["CREANDO próxima", "CREANDO 2023"], list.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Single(list.QuerySelectorAll("a.button-primary"));

        // The cohort page's sign-up is one tap away at the top, before the schedule and the partners.
        var cohort = await visitor.GetPageAsync("/cohorts/creando-abierta");
        var jump = cohort.QuerySelector(".cohort-jump a")!;
        Assert.Equal(("Inscribirme", "#sign-up"), (jump.TextContent, jump.GetAttribute("href")));
        Assert.NotNull(cohort.QuerySelector("#sign-up"));
        Assert.Contains("1 sesión en vivo", cohort.QuerySelector(".schedule-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("la próxima:", cohort.QuerySelector(".schedule-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrators_dashboard_lists_what_waits_for_them_and_the_audit_trail_filters_by_part_and_day()
    {
        using var visitor = _site.CreateSiteClient();
        var asked = await visitor.SubmitFormAsync("/courses/laboratorios/ask", [new("Name", "Rosa Quispe"), new("Email", "rosa@test.localhost"), new("Question", "¿Hay horario nocturno?")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var signedUp = await visitor.SubmitFormAsync("/cohorts/creando-abierta",
        [
            new("DisplayName", "Yuleisy Contreras"), new("Email", "yuleisy@test.localhost"), new("Device", "SmartphoneOnly"),
            new("Connectivity", "MobileData"), new("Stage", "Starting"), new("Sector", "Gastronomía y catering"),
        ], "/cohorts/creando-abierta/sign-up");
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);

        using var admin = await RecipeTests.AdminAsync(_site);
        var dashboard = await admin.GetPageAsync("/admin");
        var waiting = dashboard.QuerySelectorAll(".waiting-work a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("1 pregunta sobre un curso espera respuesta", "/admin/enquiries"), waiting);
        Assert.Contains(("1 inscripción por decidir en CREANDO próxima", "/admin/cohorts/creando-abierta?status=Pending"), waiting);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/cohorts/creando-abierta?status=Pending")).StatusCode);

        // A learner has no dashboard; one with nothing waiting is told so instead of an empty list.
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin")).StatusCode);

        // The trail filters by part of the platform and by day (the reader's days).
        static int Count(AngleSharp.Dom.IDocument page) => int.Parse(page.QuerySelector("main p.muted")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture);
        var everything = await admin.GetPageAsync("/admin/audit");
        var cohorts = await admin.GetPageAsync("/admin/audit?area=cohorts");
        Assert.InRange(Count(cohorts), 1, Count(everything) - 1);
        Assert.Contains(cohorts.QuerySelectorAll("table tbody tr td:nth-child(4)"), td => td.TextContent == "CREANDO próxima");
        Assert.DoesNotContain(cohorts.QuerySelectorAll("table tbody tr td:nth-child(4)"), td => td.TextContent == "rosa@test.localhost" || td.TextContent.Contains("Laboratorios", StringComparison.Ordinal));
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var none = await admin.GetPageAsync($"/admin/audit?area=cohorts&from={tomorrow}");
        Assert.Equal("Ninguna entrada coincide con estos filtros.", none.QuerySelector(".empty")!.TextContent);
        Assert.Equal("cohorts", none.QuerySelector("#area option[selected]")!.GetAttribute("value"));

        // Days at the calendar's ends, reversed ranges and days that are not dates are said, never a server error.
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/audit?to=9999-12-31&from=0001-01-01")).StatusCode);
        var reversed = await admin.GetPageAsync("/admin/audit?from=2026-12-08&to=2026-12-01");
        Assert.Contains("es posterior a", reversed.QuerySelector(".notice-error")!.TextContent, StringComparison.Ordinal);
        var notADay = await admin.GetPageAsync("/admin/audit?from=2026-13-45");
        Assert.Contains("no es una fecha", notADay.QuerySelector(".notice-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_cohorts_sign_up_takes_it_off_the_cached_home_page()
    {
        using var visitor = _site.CreateSiteClient();
        Assert.NotNull((await visitor.GetPageAsync("/")).QuerySelector("#home-cohorts"));

        using var admin = await RecipeTests.AdminAsync(_site);
        var saved = await admin.SubmitFormAsync("/admin/cohorts/creando-abierta/edit", [new("SignUpOpen", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Null((await visitor.GetPageAsync("/")).QuerySelector("#home-cohorts"));

        // Open again, for the other tests of this site (their order is not fixed).
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/cohorts/creando-abierta/edit", [new("SignUpOpen", "true")])).StatusCode);
        Assert.NotNull((await visitor.GetPageAsync("/")).QuerySelector("#home-cohorts"));
    }
}
