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

    [Fact]
    public async Task A_visitor_on_a_phone_finds_a_course_and_reads_its_lessons_in_order()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cursos", Exact = true }).ClickAsync();
        await page.GetByLabel("Buscar por título, resumen o tema").FillAsync("laboratorio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "10-catalog-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Laboratorios ciudadanos en la práctica" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("4");
        await BrowserFixture.ScreenshotAsync(page, "11-course-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Empezar el curso" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Por qué un laboratorio");
        await Assertions.Expect(page.Locator(".video iframe")).ToHaveAttributeAsync("src", "https://player.vimeo.com/video/76979871?dnt=1");
        await page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".lesson-body h2")).ToHaveTextAsync("Primeros pasos");
        await BrowserFixture.ScreenshotAsync(page, "12-lesson-es");

        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the lesson is wider than a phone screen");
        Assert.Empty(dialogs);
    }
}
