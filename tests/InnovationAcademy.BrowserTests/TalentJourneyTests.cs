using Microsoft.Playwright;
using Xunit;

namespace InnovationAcademy.BrowserTests;

/// <summary>
/// The talent directory on a phone: an entrepreneur creates her profile (placing it on the map), an administrator
/// approves it, and a visitor finds it in the list and on the map, and without JavaScript in the list alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TalentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_entrepreneur_creates_a_profile_an_administrator_approves_it_and_a_visitor_finds_it()
    {
        var (owner, ownerDialogs) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(owner, "alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        await owner.GotoAsync("/my/talent");
        await owner.GetByLabel("Tu nombre tal como se mostrará").FillAsync("Génesis Blanco");
        await owner.GetByLabel("Nombre del negocio").FillAsync("Peluquería Génesis");
        await owner.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Belleza y bienestar" });
        await owner.GetByLabel("Habilidades y etiquetas").FillAsync("peluquería, alisados, maquillaje");
        await owner.GetByLabel("Qué ofreces").FillAsync("Cortes, alisados y maquillaje para eventos, en Surquillo.");
        await owner.GetByLabel("Ciudad", new() { Exact = true }).FillAsync("Lima");
        await owner.GetByText("Marca el lugar exacto").ClickAsync();
        var picker = owner.Locator("#talent-picker .talent-map-canvas");
        await Assertions.Expect(picker).ToBeVisibleAsync();
        await picker.ClickAsync(new LocatorClickOptions { Position = new Position { X = 150, Y = 120 } });
        await Assertions.Expect(owner.GetByLabel("Latitud")).Not.ToHaveValueAsync("");
        await owner.GetByLabel("Lo he leído y lo acepto.").CheckAsync();
        Assert.False(await owner.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the profile form is wider than a phone screen");
        await BrowserFixture.ScreenshotAsync(owner, "70-talent-profile-form-es");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Enviar mi perfil a revisión" }).ClickAsync();
        await Assertions.Expect(owner.Locator("[role=status]").First).ToContainTextAsync("se envió a revisión");
        await Assertions.Expect(owner.Locator(".talent-status")).ToContainTextAsync("Pendiente de revisión");
        Assert.Empty(ownerDialogs);

        var (moderator, _) = await browser.NewPhonePageAsync();
        await BrowserFixture.SignInAsync(moderator, "gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        await moderator.GotoAsync("/admin/talent");
        await moderator.GetByRole(AriaRole.Link, new() { Name = "Génesis Blanco" }).ClickAsync();
        await Assertions.Expect(moderator.Locator(".review")).ToContainTextAsync("Ubicación exacta (privada)");
        await BrowserFixture.ScreenshotAsync(moderator, "71-talent-moderation-es");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Aprobar y publicar" }).ClickAsync();
        await Assertions.Expect(moderator.Locator("[role=status]").First).ToContainTextAsync("Se publicó el perfil");

        var (visitor, visitorDialogs) = await browser.NewPhonePageAsync();
        await visitor.GotoAsync("/talent");
        await visitor.GetByLabel("Busca por nombre, negocio, habilidad o descripción").FillAsync("peluqueria genesis");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Buscar", Exact = true }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".talent-card h3")).ToHaveTextAsync(["Génesis Blanco"]);
        var map = visitor.Locator("#talent-map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-markers", "1");
        await Assertions.Expect(visitor.Locator("#talent-map .leaflet-marker-icon")).ToHaveCountAsync(1);
        // The map's own buttons speak the page's language.
        await Assertions.Expect(visitor.Locator("#talent-map .leaflet-control-zoom-in")).ToHaveAttributeAsync("title", "Acercar");
        Assert.False(await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the directory is wider than a phone screen");
        await BrowserFixture.ScreenshotAsync(visitor, "72-talent-map-es");
        await visitor.Locator("#talent-map .leaflet-marker-icon").ClickAsync();
        // The popup names the entrepreneur and links the profile (followed by address: the map may still be panning).
        var popupLink = visitor.Locator(".leaflet-popup-content a");
        await Assertions.Expect(popupLink).ToHaveTextAsync("Génesis Blanco");
        await visitor.GotoAsync((await popupLink.GetAttributeAsync("href"))!);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Génesis Blanco");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Escribe a Génesis Blanco" })).ToBeVisibleAsync();
        Assert.Empty(visitorDialogs);

        var (plain, _) = await browser.NewPhonePageAsync(javaScript: false);
        await plain.GotoAsync("/talent?q=alisados");
        await Assertions.Expect(plain.Locator("#talent-map")).ToBeHiddenAsync();
        await Assertions.Expect(plain.Locator(".talent-card h3")).ToHaveTextAsync(["Génesis Blanco"]);
        await BrowserFixture.ScreenshotAsync(plain, "73-talent-list-no-js-es");
        await plain.GetByRole(AriaRole.Link, new() { Name = "Génesis Blanco" }).ClickAsync();
        await Assertions.Expect(plain.Locator(".talent-description")).ToContainTextAsync("Surquillo");
    }
}
