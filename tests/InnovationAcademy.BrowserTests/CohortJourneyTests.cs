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
        await page.GetByLabel("Solo un teléfono móvil").CheckAsync();
        await page.GetByLabel("Datos del móvil").CheckAsync();
        await page.GetByLabel("Hago videollamadas (WhatsApp, Zoom, Meet)").CheckAsync();
        await page.GetByLabel("Está empezando (menos de un año)").CheckAsync();
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Belleza y bienestar" });
        await BrowserFixture.ScreenshotAsync(page, "61-step-zero-es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("hemos recibido tu inscripción");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the cohort page is wider than a phone screen");
        Assert.Empty(dialogs);
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
                db.Add(new CohortApplication { CohortId = cohort.Id, UserId = user.Id, Status = ApplicationStatus.Accepted, Channel = "direct", Sector = "Retail", CalendarToken = Guid.NewGuid().ToString("N") });
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
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("1 presentes");
        await Assertions.Expect(page.GetByLabel("Kelly Huamán", new() { Exact = false })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Omar Benítez", new() { Exact = false })).Not.ToBeCheckedAsync();
        Assert.Empty(dialogs);
    }
}
