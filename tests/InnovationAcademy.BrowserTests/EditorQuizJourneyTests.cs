using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EditorQuizJourneyTests(BrowserFixture browser)
{
    /// <summary>
    /// On a phone, from the home page: an editor makes a course, adds a quiz from the module's place in the outline with a
    /// question of each of the six kinds, publishes it, and a learner takes the quiz and passes it.
    /// </summary>
    [Fact]
    public async Task An_editor_publishes_a_quiz_of_six_kinds_from_the_outline_and_a_learner_passes_it()
    {
        var (editor, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(editor, "editor@academy.localhost", AcademySiteFactory.DemoPassword);
        await editor.GotoAsync("/");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Administración", Exact = true }).ClickAsync();
        await editor.GotoAsync("/admin/courses");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Nuevo curso" }).ClickAsync();
        await editor.GetByLabel("Título").FillAsync("Compras públicas innovadoras");
        await editor.GetByLabel("Resumen").FillAsync("Cómo comprar soluciones que todavía no existen.");
        await editor.GetByLabel("Horas de aprendizaje").FillAsync("2");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Crear el borrador" }).ClickAsync();

        await editor.GetByLabel("Nuevo módulo").FillAsync("El reto como compra");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir módulo" }).ClickAsync();
        await editor.GetByLabel("Nueva lección en «El reto como compra»").FillAsync("Comprar un problema");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir lección" }).ClickAsync();
        await editor.GetByLabel("Texto (Markdown)").FillAsync("Una compra pública innovadora describe el problema, no la solución.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir la lección" }).ClickAsync();

        // The module's quiz is added from its place in the outline.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Añadir un cuestionario a «El reto como compra»" }).ClickAsync();
        await editor.GetByLabel("Título").FillAsync("Comprueba lo aprendido");
        await editor.GetByLabel("Nota para aprobar (%)").FillAsync("80");
        await editor.GetByLabel("Preguntas por página").FillAsync("10");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Crear el cuestionario" }).ClickAsync();

        await AddQuestionAsync(editor, "Opción única", "¿Qué describe el pliego de una compra innovadora?", async () =>
        {
            await editor.Locator("#option-text-0").FillAsync("El problema");
            await editor.Locator("#option-text-1").FillAsync("La marca del producto");
            await editor.Locator("#option-correct-0").CheckAsync();
        });
        await AddQuestionAsync(editor, "Opción múltiple", "¿Quiénes participan en el diálogo previo?", async () =>
        {
            await editor.Locator("#option-text-0").FillAsync("La institución");
            await editor.Locator("#option-text-1").FillAsync("Las empresas emergentes");
            await editor.Locator("#option-text-2").FillAsync("Nadie");
            await editor.Locator("#option-correct-0").CheckAsync();
            await editor.Locator("#option-correct-1").CheckAsync();
        });
        await AddQuestionAsync(editor, "Verdadero o falso", "Un piloto se hace antes de comprar a escala.", () => editor.Locator("#correct-true").CheckAsync());
        await AddQuestionAsync(editor, "Respuesta corta", "¿Cómo se llama la compra de una solución que aún no existe?", () => editor.GetByLabel("Respuestas aceptadas, una por línea").FillAsync("compra precomercial"));
        await AddQuestionAsync(editor, "Numérica", "¿Cuántos días dura un piloto corto de la guía?", () => editor.GetByLabel("Números aceptados, uno por línea").FillAsync("30"));
        await AddQuestionAsync(editor, "Relacionar", "Relaciona cada etapa con su producto.", async () =>
        {
            await editor.Locator("#option-text-0").FillAsync("Reto");
            await editor.Locator("#option-match-0").FillAsync("Problema enmarcado");
            await editor.Locator("#option-text-1").FillAsync("Piloto");
            await editor.Locator("#option-match-1").FillAsync("Resultados medidos");
        });
        await Assertions.Expect(editor.Locator(".quiz-questions li")).ToHaveCountAsync(6);
        await BrowserFixture.ScreenshotAsync(editor, "25-six-kind-quiz");

        // Back to the course, which is published after the confirmation.
        await editor.GotoAsync("/admin/courses");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Compras públicas innovadoras" }).First.ClickAsync();
        await Assertions.Expect(editor.Locator(".module-quiz")).ToContainTextAsync("Comprueba lo aprendido");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Publicar el curso…" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publicar el curso" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#publication-state")).ToContainTextAsync("la última");

        // A learner on a phone finds it from the home page, enrols and passes the quiz.
        var (learner, learnerDialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(learner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await learner.GotoAsync("/courses?q=compras");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Compras públicas innovadoras" }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Cuestionario: Comprueba lo aprendido" }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Empezar el cuestionario" }).ClickAsync();
        await Assertions.Expect(learner.Locator(".question-block")).ToHaveCountAsync(6);
        await learner.GetByLabel("El problema", new() { Exact = true }).CheckAsync();
        await learner.GetByLabel("La institución", new() { Exact = true }).CheckAsync();
        await learner.GetByLabel("Las empresas emergentes", new() { Exact = true }).CheckAsync();
        await Question(learner, "Un piloto se hace").GetByLabel("Verdadero").CheckAsync();
        await Question(learner, "¿Cómo se llama la compra").GetByRole(AriaRole.Textbox).FillAsync("Compra Precomercial");
        await Question(learner, "¿Cuántos días dura").GetByRole(AriaRole.Textbox).FillAsync("30");
        await learner.GetByLabel("Reto", new() { Exact = true }).SelectOptionAsync("Problema enmarcado");
        await learner.GetByLabel("Piloto", new() { Exact = true }).SelectOptionAsync("Resultados medidos");
        await BrowserFixture.ScreenshotAsync(learner, "26-six-kind-quiz-answered");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Revisar y entregar" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Entregar el cuestionario" }).ClickAsync();
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync("Aprobado con un 100");
        await BrowserFixture.ScreenshotAsync(learner, "27-six-kind-quiz-passed");
        Assert.False(await learner.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the quiz result is wider than a phone screen");

        Assert.Empty(dialogs);
        Assert.Empty(learnerDialogs);
    }

    private static ILocator Question(IPage page, string text) => page.Locator(".question-block", new() { HasText = text });

    private static async Task AddQuestionAsync(IPage editor, string kind, string text, Func<Task> answers)
    {
        await editor.GetByLabel("Añadir una pregunta de tipo").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Escribir la pregunta" }).ClickAsync();
        await editor.GetByLabel("Pregunta", new() { Exact = true }).FillAsync(text);
        await answers();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir la pregunta" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".quiz-questions")).ToContainTextAsync(text);
    }
}
