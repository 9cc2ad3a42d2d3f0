using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CertificateJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-certificate", "steps": [
          { "name": "Users", "users": [ { "email": "julia@academy.localhost", "name": "Julia Quispe Núñez", "roles": ["Learner"], "password": "demo-academia-2026" } ] },
          { "name": "Courses", "courses": [ {
          "slug": "certificado-laboratorios", "title": "Laboratorios ciudadanos: certificado", "language": "es", "hours": 22, "published": true,
          "certificate": { "enabled": true, "signatoryName": "Elena Robles Ibáñez", "signatoryTitle": "Directora" },
          "modules": [ { "title": "Qué es un laboratorio", "lessons": [ { "title": "Experimentar con la ciudadanía", "kind": "reading", "body": "Un espacio para probar juntos.", "minutes": 10 } ] } ] } ] } ] }
        """;

    /// <summary>On a phone: a learner finishes the course, downloads the certificate; a visitor checks its code, also without JavaScript.</summary>
    [Fact]
    public async Task A_learner_downloads_the_certificate_and_a_visitor_verifies_its_code()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "julia@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/courses/certificado-laboratorios");
        await Assertions.Expect(page.Locator(".certificate-promise")).ToContainTextAsync("certificado de 22 horas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await page.GotoAsync("/courses/certificado-laboratorios/lessons/" + await LessonKeyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Marcar como hecha" }).ClickAsync();

        await page.GotoAsync("/my/certificates");
        await Assertions.Expect(page.Locator(".certificate-card h2")).ToHaveTextAsync("Laboratorios ciudadanos: certificado");
        await BrowserFixture.ScreenshotAsync(page, "50-my-certificates-es");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar el PDF" }).ClickAsync());
        var file = await download.PathAsync();
        using (var pdf = PdfDocument.Open(file))
        {
            Assert.Contains("Julia Quispe Núñez", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        var link = await page.Locator(".share input[readonly]").InputValueAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "my certificates is wider than a phone screen");

        // A visitor without JavaScript types the code as read from the paper.
        var (visitor, _) = await browser.NewPhonePageAsync(javaScript: false);
        await visitor.GotoAsync("/certificates/verify");
        var code = link[(link.LastIndexOf('/') + 1)..];
        await visitor.GetByLabel("Código de verificación", new() { Exact = false }).FillAsync(code.ToLowerInvariant());
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Verificar", Exact = true }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".verdict")).ToHaveTextAsync("Certificado válido");
        await Assertions.Expect(visitor.Locator(".certificate-facts")).ToContainTextAsync("Julia Quispe Núñez");
        await BrowserFixture.ScreenshotAsync(visitor, "51-verify-certificate-es");
        Assert.Empty(dialogs);
    }

    private Task<string> LessonKeyAsync() => browser.Site.WithDbAsync(async db =>
        (await db.Set<Lesson>().SingleAsync(l => l.Title == "Experimentar con la ciudadanía")).Key.ToString());
}
