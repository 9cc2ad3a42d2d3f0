using InnovationAcademy.Core.Recipes;
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
}
