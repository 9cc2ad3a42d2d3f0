using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CohortJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-cohort", "steps": [ { "name": "Cohorts",
          "partners": [ { "name": "Red de Mujeres Migrantes", "kind": "grassroots" } ],
          "programmes": [ { "slug": "creando-browser", "name": "CREANDO", "cohorts": [ {
            "slug": "creando-otono", "name": "CREANDO otoño", "startsOn": "2026-10-05", "endsOn": "2026-11-13", "timeZone": "America/Lima",
            "partners": ["Red de Mujeres Migrantes"], "referralCodes": [ { "code": "red-mujeres", "label": "Red de Mujeres Migrantes", "partner": "Red de Mujeres Migrantes" } ],
            "sessions": [ { "title": "Taller: tu marca en el móvil", "kind": "workshop", "starts": "2026-10-06T19:30", "ends": "2026-10-06T21:00", "url": "https://meet.example/marca", "host": "Red de Mujeres Migrantes" } ] } ] } ] } ] }
        """;

    /// <summary>On a phone without JavaScript: a visitor arrives from a WhatsApp referral link and completes step zero.</summary>
    [Fact]
    public async Task A_visitor_signs_up_from_a_whatsapp_referral_link_and_completes_step_zero()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("/cohorts/creando-otono?ref=red-mujeres");
        await Assertions.Expect(page.Locator(".session-when").First).ToContainTextAsync("19:30");
        await BrowserFixture.ScreenshotAsync(page, "60-cohort-page-es");

        await page.GetByLabel("Tu nombre").FillAsync("Daniela Rojas");
        await page.GetByLabel("Tu correo electrónico").FillAsync("daniela@correo.localhost");
        await page.GetByLabel("Solo un celular").CheckAsync();
        await page.GetByLabel("Datos del celular").CheckAsync();
        await page.GetByLabel("Hago videollamadas (WhatsApp, Zoom, Meet)").CheckAsync();
        await page.GetByLabel("Está empezando (menos de un año)").CheckAsync();
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Belleza y bienestar" });
        await BrowserFixture.ScreenshotAsync(page, "61-step-zero-es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("hemos recibido tu inscripción");
        await Assertions.Expect(page.Locator("#sign-up-done")).ToBeInViewportAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the cohort page is wider than a phone screen");
        Assert.Empty(dialogs);
    }

    /// <summary>With JavaScript, on a phone whose clock is in Caracas: the new account shows times in Caracas, not Lima.</summary>
    [Fact]
    public async Task A_visitor_whose_phone_is_in_caracas_gets_an_account_in_caracas_time()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync(javaScript: true, timeZone: "America/Caracas");
        await page.GotoAsync("/cohorts/creando-otono");
        await page.GetByLabel("Tu nombre").FillAsync("Yusmely Pérez");
        await page.GetByLabel("Tu correo electrónico").FillAsync("yusmely@correo.localhost");
        await page.GetByLabel("Solo un celular").CheckAsync();
        await page.GetByLabel("Datos del celular").CheckAsync();
        await page.GetByLabel("Está empezando (menos de un año)").CheckAsync();
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Belleza y bienestar" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("hemos recibido tu inscripción");
        await Assertions.Expect(page.Locator("#sign-up-done")).ToBeInViewportAsync();

        var zone = await browser.Site.WithScopeAsync(async services =>
            (await services.GetRequiredService<InnovationAcademy.Core.Users.IAccountProvisioning>().FindAsync(["yusmely@correo.localhost"]))
                .Values.Single().TimeZoneId);
        Assert.Equal("America/Caracas", zone);
        Assert.Empty(dialogs);
    }

    /// <summary>
    /// On a phone, from the home page: a signed-in learner signs up for a cohort, the course administrator admits her,
    /// and she finds the admission on "Mi itinerario" and takes the session to her phone in the calendar file.
    /// </summary>
    [Fact]
    public async Task A_participant_is_admitted_and_takes_the_sessions_to_her_phone_calendar()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse("""
                { "name": "browser-admission", "steps": [ { "name": "Cohorts",
                  "programmes": [ { "slug": "creando-admision", "name": "CREANDO", "cohorts": [ {
                    "slug": "creando-verano", "name": "CREANDO verano", "startsOn": "2027-06-07", "endsOn": "2027-07-16", "timeZone": "America/Lima",
                    "sessions": [ { "title": "Taller: precios que sostienen", "kind": "workshop", "starts": "2027-06-08T19:30", "ends": "2027-06-08T21:00", "url": "https://meet.example/precios" } ] } ] } ] } ] }
                """));
            return true;
        });

        var (learner, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(learner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await learner.GotoAsync("/");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Itinerarios", Exact = true }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "CREANDO verano" }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Inscribirme" }).First.ClickAsync();
        await learner.GetByLabel("Solo un celular").CheckAsync();
        await learner.GetByLabel("Datos del celular").CheckAsync();
        await learner.GetByLabel("Está empezando (menos de un año)").CheckAsync();
        await learner.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Belleza y bienestar" });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Inscribirme", Exact = true }).ClickAsync();
        await Assertions.Expect(learner.Locator("#sign-up-done")).ToBeInViewportAsync();

        // While she waits, her journey says what happens next and shows the planned sessions.
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mi itinerario" }).First.ClickAsync();
        await Assertions.Expect(learner.Locator(".journey .notice")).ToContainTextAsync("te escribirá por correo");
        await Assertions.Expect(learner.Locator(".planned-sessions")).ToContainTextAsync("Taller: precios que sostienen");

        var (manager, managerDialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(manager, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await manager.GotoAsync("/admin/cohorts/creando-verano");
        await manager.GetByRole(AriaRole.Checkbox, new() { Name = "Carmen Alumna" }).CheckAsync();
        await manager.GetByLabel("Con las seleccionadas").SelectOptionAsync("Accept");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Aplicar y avisarles por correo" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".flash, [role=status]").First).ToBeVisibleAsync();

        // "Mi itinerario" has been in her menu since she applied; it now says she is admitted and offers the calendar.
        await learner.GotoAsync("/");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mi itinerario" }).First.ClickAsync();
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync("Admitida");
        await Assertions.Expect(learner.Locator(".session-when").First).ToContainTextAsync("19:30");
        await BrowserFixture.ScreenshotAsync(learner, "63-my-journey-admitted-es");
        var download = await learner.RunAndWaitForDownloadAsync(() => learner.GetByRole(AriaRole.Link, new() { Name = "Descargar las sesiones (.ics)" }).ClickAsync());
        Assert.Equal("creando-verano.ics", download.SuggestedFilename);
        var calendar = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Taller: precios que sostienen", calendar, StringComparison.Ordinal);

        // 19:30 in Lima is 00:30 the next day in UTC.
        Assert.Contains("DTSTART:20270609T003000Z", calendar, StringComparison.Ordinal);
        Assert.Empty(dialogs);
        Assert.Empty(managerDialogs);
    }

    /// <summary>On a narrow phone (320 px): a facilitator ticks who came to a session and saves.</summary>
    [Fact]
    public async Task A_facilitator_marks_attendance_on_a_narrow_phone()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse("""
                { "name": "browser-attendance", "steps": [
                  { "name": "Users", "users": [
                    { "email": "kelly@academy.localhost", "name": "Kelly Huamán", "roles": ["Learner"], "password": "demo-academia-2026" },
                    { "email": "omar@academy.localhost", "name": "Omar Benítez", "roles": ["Learner"], "password": "demo-academia-2026" } ] },
                  { "name": "Cohorts", "programmes": [ { "slug": "creando-asistencia", "name": "CREANDO", "cohorts": [ {
                    "slug": "creando-invierno", "name": "CREANDO invierno", "startsOn": "2026-01-12", "endsOn": "2026-02-20", "timeZone": "America/Lima",
                    "sessions": [ { "title": "Clínica: tus primeras ventas", "kind": "clinic", "starts": "2026-01-13T19:00", "ends": "2026-01-13T20:30", "place": "Casa de la Juventud" } ] } ] } ] } ] }
                """));
            return true;
        });
        await browser.Site.WithDbAsync(async db =>
        {
            var cohort = await db.Set<Cohort>().SingleAsync(c => c.Slug == "creando-invierno");
            foreach (var user in await db.Set<InnovationAcademy.Users.Models.AcademyUser>().Where(u => u.Email == "kelly@academy.localhost" || u.Email == "omar@academy.localhost").ToListAsync())
            {
                db.Add(new CohortApplication { CohortId = cohort.Id, UserId = user.Id, Status = ApplicationStatus.Accepted, Channel = "direct", Sector = "Comercio", CalendarToken = Guid.NewGuid().ToString("N") });
            }

            return await db.SaveChangesAsync();
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await BrowserFixture.SignInAsync(page, "facilitadora@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/admin/cohorts/creando-invierno");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clínica: tus primeras ventas", Exact = false }).ClickAsync();
        await page.GetByLabel("Kelly Huamán", new() { Exact = false }).CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "62-attendance-es");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the attendance list is wider than a 320 px screen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar la asistencia" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("1 persona presente");
        await Assertions.Expect(page.GetByLabel("Kelly Huamán", new() { Exact = false })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Omar Benítez", new() { Exact = false })).Not.ToBeCheckedAsync();
        Assert.Empty(dialogs);
    }

    /// <summary>
    /// On a phone: an administrator compares CREANDO 2022 and 2023 (the shipped recipe's records), sees the figures
    /// with their change and the charts; without JavaScript the same figures come with bars and no charts.
    /// </summary>
    [Fact]
    public async Task An_administrator_compares_the_two_creando_cohorts()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            if (!await services.GetRequiredService<InnovationAcademy.Core.Data.AcademyDbContext>().Set<Cohort>().AnyAsync(c => c.Slug == "creando-2023"))
            {
                var recipe = await services.GetRequiredService<IRecipeHarvester>().FindAsync("creando-cohorts") ?? throw new InvalidOperationException("creando-cohorts recipe not shipped");
                await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
            }

            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/admin/cohorts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Comparar cohortes" }).ClickAsync();
        await page.GetByLabel("CREANDO 2022").CheckAsync();
        await page.GetByLabel("CREANDO 2023").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Comparar", Exact = true }).ClickAsync();

        var signUps = page.Locator("tr[data-figure=signUps] td");
        await Assertions.Expect(signUps.Nth(0)).ToHaveTextAsync("600");
        await Assertions.Expect(signUps.Nth(1)).ToHaveTextAsync("2,250");
        await Assertions.Expect(signUps.Nth(2)).ToHaveTextAsync("+275 %");
        await Assertions.Expect(page.Locator("tr[data-figure=graduates] td").Nth(1)).ToHaveTextAsync("222");
        await Assertions.Expect(page.Locator("section.charts")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#chart-counts")).ToHaveAttributeAsync("width", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        Assert.True(await page.EvaluateAsync<bool>("window.Chart !== undefined && window.Chart.getChart('chart-counts').data.datasets.length === 2"), "Chart.js did not draw the two cohorts");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the comparison is wider than a phone screen");
        await BrowserFixture.ScreenshotAsync(page, "63-cohort-comparison-es");
        Assert.Empty(dialogs);

        var (plain, _) = await browser.NewPhonePageAsync(javaScript: false);
        await BrowserFixture.SignInAsync(plain, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await plain.GotoAsync("/admin/cohorts/compare?cohorts=creando-2022,creando-2023");
        await Assertions.Expect(plain.Locator("section.charts")).ToBeHiddenAsync();
        await Assertions.Expect(plain.Locator("tr[data-figure=womenPercent] td").Nth(2)).ToHaveTextAsync("+10 pts");
        await Assertions.Expect(plain.Locator("tr[data-figure=signUps] meter")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(plain, "64-cohort-comparison-no-js-es");
    }
}
