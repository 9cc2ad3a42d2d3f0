using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class QuizJourneyTests(BrowserFixture browser)
{
    private const string Recipe = """
        { "name": "browser-quiz", "steps": [ { "name": "Courses", "courses": [ {
          "slug": "conductual", "title": "Enfoque conductual", "language": "es", "hours": 2, "published": true,
          "modules": [ { "title": "Decidir", "lessons": [ { "title": "Cómo decidimos", "kind": "reading", "body": "Con prisa y con atajos.", "minutes": 5 } ],
            "quiz": { "title": "Comprueba lo aprendido", "passPercent": 100, "maxAttempts": 3, "review": "afterPassing", "questionsPerPage": 1,
              "questions": [
                { "kind": "single", "text": "¿Cuándo funciona mejor un recordatorio?", "feedback": "El mismo mensaje funciona mejor cerca del plazo.",
                  "options": [ { "text": "Justo antes del plazo", "correct": true }, { "text": "Meses antes" } ] },
                { "kind": "short", "text": "¿Cómo se llama la opción que viene marcada? (por …)", "answers": ["defecto", "por defecto"] }
              ] } } ] } ] } ] }
        """;

    /// <summary>On a phone: a learner fails the quiz, tries again, passes, and only then sees the answers.</summary>
    [Fact]
    public async Task A_learner_fails_a_quiz_retries_and_passes()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse(Recipe));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/courses/conductual");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cuestionario: Comprueba lo aprendido" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Empezar el cuestionario" }).ClickAsync();

        await page.GetByLabel("Meses antes").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "40-quiz-question-es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar y seguir" }).ClickAsync();
        await page.GetByLabel("Tu respuesta").FillAsync("por omisión");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar y entregar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".summary-list li")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "40b-quiz-summary-es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entregar el cuestionario" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("No aprobado");
        await Assertions.Expect(page.Locator(".review")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "41-quiz-failed-es");

        await page.GetByRole(AriaRole.Button, new() { Name = "Intentarlo de nuevo" }).ClickAsync();
        await page.GetByLabel("Justo antes del plazo").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar y seguir" }).ClickAsync();
        await page.GetByLabel("Tu respuesta").FillAsync("Por defecto");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar y entregar" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Entregar el cuestionario" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("Aprobado con un 100 %");
        await Assertions.Expect(page.Locator(".review")).ToContainTextAsync("El mismo mensaje funciona mejor cerca del plazo.");
        await BrowserFixture.ScreenshotAsync(page, "42-quiz-passed-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Volver al curso" }).ClickAsync();
        await Assertions.Expect(page.Locator(".module-extra")).ToContainTextAsync("tu nota 100");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the course page is wider than a phone screen");
        Assert.Empty(dialogs);
    }

    /// <summary>On a phone: an editor adds a quiz to a module, writes its question in the form, and the learner sees it.</summary>
    [Fact]
    public async Task An_editor_writes_a_quiz_and_its_question_in_the_administration()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeReader.Parse("""
                { "name": "browser-authoring", "steps": [ { "name": "Courses", "courses": [ {
                  "slug": "futuros", "title": "Pensar en futuros", "language": "es", "hours": 1, "published": true,
                  "modules": [ { "title": "Escenarios", "lessons": [ { "title": "Dos incertidumbres", "kind": "reading", "body": "Cuatro escenarios.", "minutes": 5 } ] } ] } ] } ] }
                """));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "editor@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/admin/courses/futuros/quizzes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Añadir un cuestionario" }).ClickAsync();
        await page.GetByLabel("Título").FillAsync("Escenarios: comprueba");
        await page.GetByLabel("Nota para aprobar (%)").FillAsync("cien");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear el cuestionario" }).ClickAsync();
        await Assertions.Expect(page.Locator("#passPercent ~ .field-error")).ToHaveTextAsync("Escribe un número entero.");
        await page.GetByLabel("Nota para aprobar (%)").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear el cuestionario" }).ClickAsync();
        await Assertions.Expect(page.Locator(".empty").Last).ToContainTextAsync("no tiene preguntas");
        await BrowserFixture.ScreenshotAsync(page, "43-quiz-settings-es");

        await page.GetByLabel("Añadir una pregunta de tipo").SelectOptionAsync(new SelectOptionValue { Label = "Numérica" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Escribir la pregunta" }).ClickAsync();
        await page.GetByLabel("Pregunta", new() { Exact = true }).FillAsync("¿Cuántos escenarios salen de dos incertidumbres?");
        await page.GetByLabel("Números aceptados, uno por línea").FillAsync("4");
        await BrowserFixture.ScreenshotAsync(page, "44-question-editor-es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir la pregunta" }).ClickAsync();
        await Assertions.Expect(page.Locator(".quiz-questions")).ToContainTextAsync("¿Cuántos escenarios salen de dos incertidumbres?");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the quiz settings page is wider than a phone screen");

        var (learner, _) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(learner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await learner.GotoAsync("/courses/futuros");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Cuestionario: Escenarios: comprueba" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Empezar el cuestionario" }).ClickAsync();
        await Assertions.Expect(learner.Locator(".question")).ToContainTextAsync("¿Cuántos escenarios salen de dos incertidumbres?");
        Assert.Empty(dialogs);
    }
}
