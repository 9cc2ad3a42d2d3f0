using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-course", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "laboratorios", "title": "Laboratorios ciudadanos en la práctica", "summary": "Cómo abrir un laboratorio ciudadano en un ayuntamiento.",
          "language": "es", "hours": 4, "topics": ["laboratorios ciudadanos"], "published": true,
          "modules": [ { "title": "Abrir el laboratorio", "lessons": [
            { "title": "Por qué un laboratorio", "kind": "video", "videoUrl": "https://vimeo.com/76979871", "transcript": "En esta lección vemos por qué un ayuntamiento abre un laboratorio ciudadano.", "minutes": 5 },
            { "title": "Primeros pasos", "kind": "reading", "body": "## Primeros pasos\n\nReúne a vecinas, asociaciones y personal municipal alrededor de un problema concreto.", "minutes": 8 }
          ] } ] } ] } ] }
        """;

    /// <summary>Without JavaScript, as on an old phone: find the course, sign in, enrol, read, mark lessons done.</summary>
    [Fact]
    public async Task A_learner_on_a_phone_finds_a_course_enrols_and_sees_the_progress_bar_move()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cursos", Exact = true }).ClickAsync();
        await page.GetByLabel("Buscar por título, resumen o tema").FillAsync("laboratorio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "10-catalog-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Laboratorios ciudadanos en la práctica" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("4");
        await BrowserFixture.ScreenshotAsync(page, "11-course-es");

        // Lessons are for enrolled learners: sign in from the course page and come back to it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Inicia sesión para inscribirte" }).ClickAsync();
        await page.GetByLabel("Correo electrónico").FillAsync("alumna@academy.localhost");
        await page.GetByLabel("Contraseña").FillAsync(AcademySiteFactory.DemoPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Laboratorios ciudadanos en la práctica");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("bienvenida");
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "0");
        await BrowserFixture.ScreenshotAsync(page, "13-enrolled-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Empezar el curso" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Por qué un laboratorio");
        await Assertions.Expect(page.Locator(".video iframe")).ToHaveAttributeAsync("src", "https://player.vimeo.com/video/76979871?dnt=1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Marcar como hecha" }).ClickAsync();
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "50");
        await Assertions.Expect(page.Locator(".lesson-progress .done-line")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".outline li.done")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "12-lesson-progress-es");

        // Back on the home page, she continues where she left off: the next lesson, not the first.
        await page.Locator("a.brand").ClickAsync();
        await Assertions.Expect(page.Locator("#home-continue")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "15-home-continue-es");
        await page.Locator("#home-continue ~ ul li", new() { HasText = "Laboratorios ciudadanos en la práctica" }).GetByRole(AriaRole.Link, new() { Name = "Continuar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lesson-body h2")).ToHaveTextAsync("Primeros pasos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Marcar como hecha" }).ClickAsync();
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "100");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the lesson is wider than a phone screen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mis cursos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".my-courses .badge-ok")).ToHaveTextAsync("Completado");
        await BrowserFixture.ScreenshotAsync(page, "14-my-courses-es");
        Assert.Empty(dialogs);
    }
}
