using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_writes_and_publishes_a_course_and_a_visitor_reads_it()
    {
        var (editor, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(editor, "editor@academy.localhost", AcademySiteFactory.DemoPassword);

        await editor.GotoAsync("/admin/courses");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Nuevo curso" }).ClickAsync();
        await editor.GetByLabel("Dirección del curso (slug)").FillAsync("futuros-publicos");
        await editor.GetByLabel("Título").FillAsync("Pensamiento de futuros para lo público");
        await editor.GetByLabel("Resumen").FillAsync("Escenarios y señales débiles para anticipar políticas.");
        await editor.GetByLabel("Horas de aprendizaje").FillAsync("3");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Crear el borrador" }).ClickAsync();

        await editor.GetByLabel("Nuevo módulo").FillAsync("Señales débiles");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir módulo" }).ClickAsync();
        // A video lesson in one step: the outline brings its title and kind to the lesson's form, which shows the video's fields.
        await editor.GetByLabel("Nueva lección en «Señales débiles»").FillAsync("Qué es una señal débil");
        await editor.Locator("select[name=kind]").SelectOptionAsync("video");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir lección" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Título", new() { Exact = true })).ToHaveValueAsync("Qué es una señal débil");
        await Assertions.Expect(editor.GetByLabel("Dirección de recurso (para una lección de recurso)")).ToBeHiddenAsync();
        await editor.GetByLabel("Dirección de YouTube o Vimeo, o un archivo subido (/media/…)").FillAsync("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
        await editor.GetByLabel("Transcripción").FillAsync("Una señal débil es un indicio temprano de un cambio.");
        await editor.GetByLabel("Texto (Markdown)").FillAsync("## Señales débiles\n\nUna señal débil es un indicio temprano de un cambio que aún no es tendencia.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Vista previa" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".preview .lesson-body h2")).ToHaveTextAsync("Señales débiles");
        await Assertions.Expect(editor.Locator(".preview iframe")).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ");
        await BrowserFixture.ScreenshotAsync(editor, "20-lesson-preview");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Añadir la lección" }).ClickAsync();
        await Assertions.Expect(editor.Locator("[role=status]")).ToContainTextAsync("Qué es una señal débil");

        // The first publication is confirmed, and says what it does.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Publicar el curso…" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".notice-warning")).ToContainTextAsync("catálogo");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publicar el curso" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#publication-state")).ToContainTextAsync("la última");
        await BrowserFixture.ScreenshotAsync(editor, "21-course-published");

        // A learner without JavaScript finds it, enrols and reads it.
        var (visitor, visitorDialogs) = await browser.NewPhonePageAsync(javaScript: false);
        await BrowserFixture.SignInAsync(visitor, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await visitor.GotoAsync("/courses?q=futuros");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Pensamiento de futuros para lo público" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Empezar el curso" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".lesson-body h2")).ToHaveTextAsync("Señales débiles");
        await BrowserFixture.ScreenshotAsync(visitor, "22-visitor-reads-lesson");

        Assert.Empty(dialogs);
        Assert.Empty(visitorDialogs);
    }
}
