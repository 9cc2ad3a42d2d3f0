using System.Text;
using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AssignmentJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-assignment", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "propuestas", "title": "Propuestas de innovación", "language": "es", "hours": 3, "published": true,
          "modules": [ { "title": "Preparar", "lessons": [ { "title": "Qué entregar", "kind": "reading", "body": "Dos páginas.", "minutes": 5 } ] } ],
          "assignment": { "title": "Tu propuesta", "instructions": "Describe el **problema** y tu **prototipo**.", "blind": true, "maxFiles": 1, "maxFileMegabytes": 2,
            "rubric": [ { "title": "Problema", "levels": ["Sin definir", "Definido"] }, { "title": "Prototipo", "levels": ["No", "Sí"] } ] } } ] } ] }
        """;

    /// <summary>A learner hands in on a phone; a grader grades it without knowing whose it is, then releases the grades.</summary>
    [Fact]
    public async Task A_learner_hands_in_and_a_grader_grades_it_blind()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (learner, learnerDialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(learner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await learner.GotoAsync("/courses/propuestas");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Tu propuesta" }).ClickAsync();
        await learner.GetByLabel("Tu texto").FillAsync("Propongo un punto de atención móvil en los mercados del barrio.");
        await learner.GetByLabel("Archivos (PDF, Word, PowerPoint, PNG o JPEG; hasta 2 MB cada uno, 1 en total)").SetInputFilesAsync(new FilePayload
        {
            Name = "propuesta-carmen.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Author (Carmen Alumna) >> endobj\n%%EOF\n"),
        });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Entregar", Exact = true }).ClickAsync();
        await Assertions.Expect(learner.Locator("[role=status]")).ToContainTextAsync("Has entregado tu trabajo");
        await Assertions.Expect(learner.Locator("ul.files")).ToContainTextAsync("propuesta-carmen.pdf");
        await BrowserFixture.ScreenshotAsync(learner, "50-assignment-handed-in-es");

        var (grader, graderDialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(grader, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await grader.GotoAsync("/admin/assignments");
        await grader.GetByRole(AriaRole.Link, new() { Name = "Propuestas de innovación: Tu propuesta" }).ClickAsync();
        await Assertions.Expect(grader.Locator("table.submissions")).Not.ToContainTextAsync("Carmen");
        await grader.Locator("table.submissions tbody a").First.ClickAsync();
        await Assertions.Expect(grader.Locator("main")).Not.ToContainTextAsync("Carmen");
        await Assertions.Expect(grader.Locator("main")).Not.ToContainTextAsync("alumna@academy.localhost");
        await grader.GetByLabel("Definido").CheckAsync();
        await grader.GetByLabel("Sí").CheckAsync();
        await grader.GetByLabel("Comentarios para la persona").FillAsync("Una propuesta clara y fácil de probar.");
        await grader.GetByLabel("Aceptar").CheckAsync();
        await BrowserFixture.ScreenshotAsync(grader, "51-assignment-grading-blind-es");
        await grader.GetByRole(AriaRole.Button, new() { Name = "Guardar la calificación" }).ClickAsync();
        await Assertions.Expect(grader.Locator("[role=status]")).ToContainTextAsync("cuando se publiquen las notas");

        await grader.GetByRole(AriaRole.Link, new() { Name = "Publicar las notas…" }).ClickAsync();
        await Assertions.Expect(grader.Locator(".notice-warning")).ToContainTextAsync("no se puede deshacer");
        await grader.GetByRole(AriaRole.Button, new() { Name = "Publicar las notas" }).ClickAsync();
        await Assertions.Expect(grader.Locator("table.submissions")).ToContainTextAsync("Carmen Alumna");

        await learner.ReloadAsync();
        await Assertions.Expect(learner.Locator(".status")).ToContainTextAsync("Aceptado");
        await Assertions.Expect(learner.Locator(".feedback")).ToContainTextAsync("Una propuesta clara y fácil de probar.");
        await BrowserFixture.ScreenshotAsync(learner, "52-assignment-accepted-es");

        // From "Mis cursos" she reads her grades: each rubric criterion's level and the rubric's total.
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mis cursos" }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Calificaciones y lo que falta" }).First.ClickAsync();
        await Assertions.Expect(learner.Locator("table.rubric-result")).ToContainTextAsync("Definido (nivel 2 de 2)");
        await Assertions.Expect(learner.Locator(".rubric-total")).ToHaveTextAsync("2 de 2 puntos");
        await Assertions.Expect(learner.Locator(".feedback")).ToContainTextAsync("Una propuesta clara y fácil de probar.");
        Assert.False(await learner.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the grades page is wider than a phone screen");
        await BrowserFixture.ScreenshotAsync(learner, "53-grades-es");
        Assert.Empty(learnerDialogs);
        Assert.Empty(graderDialogs);
    }
}
