using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_signs_in_on_a_phone_reaches_the_dashboard_and_switches_language()
    {
        var (page, dialogs) = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "01-home-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Iniciar sesión" }).First.ClickAsync();
        await page.GetByLabel("Correo electrónico").FillAsync(AcademySiteFactory.AdminEmail);
        await page.GetByLabel("Contraseña").FillAsync(AcademySiteFactory.AdminPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Administración" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Panel");
        await Assertions.Expect(page.Locator(".admin-menu")).ToContainTextAsync("Personas usuarias");
        await BrowserFixture.ScreenshotAsync(page, "02-dashboard-es");

        await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await BrowserFixture.ScreenshotAsync(page, "03-dashboard-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "ES", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Panel");

        // Nothing overflows the phone's width.
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the dashboard is wider than a phone screen");
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Sign_in_and_the_admin_work_without_javascript()
    {
        var (page, _) = await browser.NewPhonePageAsync(javaScript: false);
        await BrowserFixture.SignInAsync(page, AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Personas usuarias");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("alumna@academy.localhost");
        await BrowserFixture.ScreenshotAsync(page, "04-users-no-js");
    }

    [Fact]
    public async Task A_hostile_name_never_runs_a_script_in_the_admin()
    {
        var (learner, _) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(learner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);

        var (admin, dialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(admin, AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        foreach (var line in HostileMarkup.Lines)
        {
            await learner.GotoAsync("/account/profile");
            var name = line.Length > 200 ? line[..200] : line;
            await learner.GetByLabel("Nombre").FillAsync(name);
            await learner.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();

            // A one-line text field drops line breaks; what is left may still be no name (controls, direction overrides).
            if (!InnovationAcademy.Core.Users.DisplayNames.IsValid(name.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)))
            {
                await Assertions.Expect(learner.Locator("[data-valmsg-for=DisplayName]")).ToContainTextAsync("una sola línea");
                continue;
            }

            // The save redirects back to the same address: wait for its confirmation, not for the URL.
            await Assertions.Expect(learner.Locator(".notice-ok")).ToHaveTextAsync("Se ha guardado tu perfil.");

            await admin.GotoAsync("/admin/users?q=alumna");
            await Assertions.Expect(admin.Locator("table")).ToContainTextAsync("alumna@academy.localhost");
        }

        await BrowserFixture.ScreenshotAsync(admin, "05-hostile-name");
        Assert.Empty(dialogs);
    }
}
