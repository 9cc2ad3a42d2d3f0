using InnovationAcademy.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LearnerVideoTests(BrowserFixture browser)
{
    private const string Video = "14a4155ce228947ea4e7ccee848b05d4";

    private const string Recipe = $$"""
        { "name": "browser-video", "steps": [
          { "name": "Media", "files": [ { "name": "laboratorio.webm", "storedName": "{{Video}}.webm", "path": "media/{{Video}}.webm" } ] },
          { "name": "Courses", "courses": [ {
            "slug": "video-curso", "title": "Un vídeo y una lectura", "language": "es", "hours": 1, "published": true,
            "modules": [ { "title": "Ver", "lessons": [
              { "title": "El vídeo", "kind": "video", "videoUrl": "/media/{{Video}}.webm", "transcript": "La transcripción del vídeo narrado.", "minutes": 1 },
              { "title": "La lectura", "kind": "reading", "body": "Texto.", "minutes": 2 }
            ] } ] } ] } ] }
        """;

    /// <summary>With JavaScript, watching nine tenths of a video marks its lesson done and moves the bar without a reload.</summary>
    [Fact]
    public async Task Watching_most_of_a_video_marks_the_lesson_done_in_place()
    {
        await browser.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(
                RecipeReader.Parse(Recipe, "browser-video", Path.Combine(AppContext.BaseDirectory, "content-recipes")));
            return true;
        });

        var (page, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(page, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await page.GotoAsync("/courses/video-curso");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Empezar el curso" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("El vídeo");
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "0");

        // A jump to the end is not watching: nothing happens.
        await page.EvaluateAsync("() => { const v = document.querySelector('.lesson video'); v.muted = true; return new Promise(r => { v.addEventListener('loadedmetadata', r, { once: true }); if (v.readyState >= 1) r(); }); }");
        await page.EvaluateAsync("() => { const v = document.querySelector('.lesson video'); v.currentTime = v.duration - 0.5; return v.play(); }");
        await page.WaitForTimeoutAsync(1500);
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "0");

        // Played from the start (fast), it counts.
        await page.EvaluateAsync("() => { const v = document.querySelector('.lesson video'); v.pause(); v.currentTime = 0; v.playbackRate = 16; return v.play(); }");
        await Assertions.Expect(page.Locator(".lesson-progress .done-line")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveAttributeAsync("value", "50");
        await Assertions.Expect(page.Locator(".complete-form")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "15-video-watched-es");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".outline li.done")).ToHaveCountAsync(1);
        Assert.Empty(dialogs);
    }
}
