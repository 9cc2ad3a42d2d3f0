using System.Text;
using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EnrollmentAdminJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-enrolments", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "participacion", "title": "Metodologías participativas", "language": "es", "hours": 3, "published": true,
          "modules": [ { "title": "Escuchar", "lessons": [ { "title": "Mapas de actores", "kind": "reading", "body": "Texto.", "minutes": 10 } ] } ] } ] } ] }
        """;

    /// <summary>A course administrator on a phone imports a spreadsheet with one bad line and sees it reported before anything is saved.</summary>
    [Fact]
    public async Task An_administrator_imports_a_csv_and_sees_the_bad_line_reported()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/admin/enrollments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Metodologías participativas" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .empty")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importar un archivo CSV" }).ClickAsync();

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = "correo;nombre\r\nlucia.quispe@correo.localhost;Lucía Quispe\r\nsin-arroba;Marta Peña\r\nandres.nunez@correo.localhost;Andrés Núñez\r\n";
        await page.GetByLabel("Archivo CSV (hasta 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "participantes.csv",
            MimeType = "text/csv",
            Buffer = Encoding.GetEncoding(1252).GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar el archivo" }).ClickAsync();

        var problem = page.Locator(".import-problems tbody tr");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await Assertions.Expect(problem).ToContainTextAsync("sin-arroba");
        await Assertions.Expect(problem).ToContainTextAsync("No es una dirección de correo");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Lucía Quispe");
        await BrowserFixture.ScreenshotAsync(page, "30-import-preview-es");

        await page.GetByRole(AriaRole.Button, new() { Name = "Importar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("2 inscritas");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Andrés Núñez");
        await BrowserFixture.ScreenshotAsync(page, "31-roster-es");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the roster is wider than a phone screen");
        Assert.Empty(dialogs);
    }
}
