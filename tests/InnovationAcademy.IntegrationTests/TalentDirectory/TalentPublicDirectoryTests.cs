using System.Globalization;
using System.Text.Json;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.TalentDirectory;

/// <summary>
/// What the public sees: search and filters, rounded locations in every view, open data, and messages relayed without
/// either address, rate limited and guarded by a honeypot.
/// </summary>
[Trait("Category", "Data")]
public sealed class TalentPublicDirectoryTests : IAsyncLifetime
{
    private const string Recipe = """
        { "name": "talent-tests", "steps": [
          { "name": "TalentProfiles", "sectors": ["Gastronomía y catering", "Belleza y bienestar"], "profiles": [
            { "email": "panaderia@talento.example", "name": "Ángel Suárez", "business": "Panadería El Ávila", "sector": "Gastronomía y catering", "skills": ["panadería", "pan de jamón"], "description": "Pan dulce y salado cada mañana.", "city": "Arequipa", "latitude": -16.398765, "longitude": -71.534321, "precision": "approximate" },
            { "email": "oculta@talento.example", "name": "Perfil Oculto", "sector": "Gastronomía y catering", "city": "Lima", "hidden": true },
            { "email": "rechazada@talento.example", "name": "Perfil Rechazado", "sector": "Gastronomía y catering", "city": "Lima", "status": "rejected" },
            { "email": "pendiente@talento.example", "name": "Perfil Pendiente", "sector": "Gastronomía y catering", "city": "Lima", "status": "pending" },
            { "email": "estetica@talento.example", "name": "Mariángel Ortega", "business": "Estética Mariángel", "sector": "Belleza y bienestar", "skills": ["manicura"], "city": "Cusco", "latitude": -13.517111, "longitude": -71.978222, "precision": "city" }
          ] }
        ] }
        """;

    private TalentSite _talent = null!;

    public async Task InitializeAsync()
    {
        _talent = await TalentSite.StartAsync(new Dictionary<string, string?> { ["RateLimiting:PublicFormPermitsPerMinute"] = "3" });
        using var admin = await RecipeTests.AdminAsync(_talent.Site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "talent-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await _talent.DisposeAsync();

    private Task<int> IdOfAsync(string name) => _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().Where(p => p.DisplayName == name).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task Search_ignores_accents_and_case_matches_word_beginnings_and_combines_with_filters()
    {
        using var visitor = _talent.Site.CreateSiteClient();
        async Task<string[]> NamesAsync(string query) =>
            [.. (await visitor.GetPageAsync("/talent?" + query)).QuerySelectorAll(".talent-card h3").Select(h => h.TextContent.Trim())];

        Assert.Equal(["Ángel Suárez"], await NamesAsync("q=PANADERIA"));
        Assert.Equal(["Ángel Suárez"], await NamesAsync("q=avila+pan"));
        Assert.Equal(["Ángel Suárez"], await NamesAsync("q=angel+suarez"));
        Assert.Equal(["Mariángel Ortega"], await NamesAsync("q=estetica"));
        Assert.Equal(["Mariángel Ortega"], await NamesAsync("skill=manicura"));
        Assert.Equal(["Ángel Suárez", "Norelys Paredes"], await NamesAsync("region=Arequipa")); // in alphabetical order, accents aside
        var sector = await _talent.Site.WithDbAsync(db => db.Set<TalentSector>().Where(s => s.Name == "Belleza y bienestar").Select(s => s.Id).SingleAsync());
        Assert.Equal(["Mariángel Ortega", "Rafael Urdaneta"], await NamesAsync($"sector={sector}"));
        Assert.Empty(await NamesAsync($"sector={sector}&q=panaderia"));
        Assert.Empty(await NamesAsync("q=oculto"));
        Assert.Empty(await NamesAsync("q=pendiente"));

        // Nothing a visitor types reaches the index's query syntax.
        foreach (var odd in new[] { "\"", "*", "NEAR(", "a OR b", "-", "'; DROP TABLE \"TalentProfiles\"; --", "\u0000" })
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/talent?q=" + Uri.EscapeDataString(odd))).StatusCode);
        }

        var none = await visitor.GetPageAsync("/talent?q=astronauta");
        Assert.Contains("Nadie coincide", none.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The site's sectors are kept in the lab's Spanish; an English reader sees the default list in English and a lab's own sector as written.</summary>
    [Fact]
    public async Task Sectors_read_in_the_visitors_language_and_filter_the_same()
    {
        using var visitor = _talent.Site.CreateSiteClient();
        string[] Options(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll("#sector option").Skip(1).Select(o => o.TextContent.Trim())];
        string Card(AngleSharp.Dom.IDocument page, string name) =>
            page.QuerySelectorAll(".talent-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == name).QuerySelector("p.muted")!.TextContent;

        var spanish = await visitor.GetPageAsync("/talent");
        Assert.Contains(Options(spanish), o => o.StartsWith("Gastronomía y catering (", StringComparison.Ordinal));
        Assert.Contains("Gastronomía y catering", Card(spanish, "Ángel Suárez"), StringComparison.Ordinal);
        // Without JavaScript the map stays hidden, and the page says the list holds everyone.
        Assert.Contains("la lista de abajo incluye a todas las personas encontradas", spanish.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Http.GetAsync("/culture?culture=en&returnUrl=/talent")).StatusCode);
        var english = await visitor.GetPageAsync("/talent");
        Assert.Contains(Options(english), o => o.StartsWith("Food and catering (", StringComparison.Ordinal));
        Assert.Contains(Options(english), o => o.StartsWith("Beauty and wellness (", StringComparison.Ordinal));
        Assert.DoesNotContain(Options(english), o => o.StartsWith("Gastronomía", StringComparison.Ordinal));
        Assert.Contains("Food and catering", Card(english, "Ángel Suárez"), StringComparison.Ordinal);
        var id = await IdOfAsync("Ángel Suárez");
        Assert.Contains("Food and catering", (await visitor.GetPageAsync($"/talent/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_public_view_reveals_the_exact_location()
    {
        var id = await IdOfAsync("Ángel Suárez");
        using var visitor = _talent.Site.CreateSiteClient();
        var page = await (await visitor.Http.GetAsync($"/talent/{id}")).Content.ReadAsStringAsync();
        var list = await visitor.Http.GetStringAsync("/talent");
        var geo = await visitor.Http.GetStringAsync("/api/talent");
        var csv = await visitor.Http.GetStringAsync("/api/talent.csv");
        foreach (var text in new[] { page, list, geo, csv })
        {
            Assert.DoesNotContain("16.3987", text, StringComparison.Ordinal);
            Assert.DoesNotContain("71.5343", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13.5171", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@talento.example", text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(geo);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("properties").GetProperty("name").GetString()!);
        var approximate = features["Ángel Suárez"].GetProperty("geometry").GetProperty("coordinates");
        // Snapped to the centre of its 0.01° cell: within about a kilometre of the truth, never on it.
        Assert.Equal(-71.535, approximate[0].GetDouble(), 3);
        Assert.Equal(-16.395, approximate[1].GetDouble(), 3);
        var city = features["Mariángel Ortega"].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal([-71.9675, -13.532], [city[0].GetDouble(), city[1].GetDouble()]);
        Assert.Contains("data-point=\"-16.395,-71.535\"", page, StringComparison.Ordinal);

        // Moderators do see the exact point.
        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        Assert.Contains("-16.398765, -71.534321", (await gestora.GetPageAsync($"/admin/talent/{id}")).QuerySelector(".review")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_data_is_valid_geojson_and_csv_with_public_fields_and_the_licence()
    {
        using var visitor = _talent.Site.CreateSiteClient();
        var response = await visitor.Http.GetAsync("/api/talent");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rel=\"license\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("licence").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(5, features.Count); // three demo profiles and two of this recipe: never hidden, rejected or pending
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            var properties = feature.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.DoesNotContain("email", properties);
            Assert.StartsWith("http", feature.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        var filtered = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/talent?q=panaderia"));
        Assert.Single(filtered.RootElement.GetProperty("features").EnumerateArray());

        var csv = (await visitor.Http.GetStringAsync("/api/talent.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,business,sector,skills,city,region,country_of_origin,languages,cohort,latitude,longitude,url,licence", csv[0]);
        Assert.Equal(6, csv.Length);
        Assert.All(csv.Skip(1), line => Assert.EndsWith("CC BY 4.0", line, StringComparison.Ordinal));

        // Coordinates are numbers a spreadsheet reads as numbers: the south and west are negative, not "'-16.399".
        var arequipa = csv.Single(line => line.Contains("Panadería El Ávila", StringComparison.Ordinal));
        Assert.Matches(@",-16\.\d+,-71\.\d+,", arequipa);
    }

    [Fact]
    public async Task A_message_is_relayed_without_either_address_and_the_answer_reveals_only_the_owners()
    {
        // The entrepreneur has an account: the learner of the demo site, approved.
        using var owner = await _talent.SignedInAsync("alumna@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        var id = (await _talent.ProfileOfAsync("alumna@academy.localhost"))!.Id;
        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync($"/admin/talent/{id}", [new("decision", "approve")])).StatusCode);

        using var visitor = _talent.Site.CreateSiteClient();
        var profilePage = await visitor.Http.GetStringAsync($"/talent/{id}");
        Assert.DoesNotContain("alumna@academy.localhost", profilePage, StringComparison.Ordinal);

        // A name and a message that try to turn the relay into a phishing mail.
        var sent = await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", "Visita https://evil.example/login?u=1 Pérez"), new("Email", "carla@cliente.example"), new("Message", "Quisiera cotizar peinados para una boda de 8 personas. Precios en www.evil.example/promo y en http:/http:///ventas@evil.example/login o 10.0.0.1/x.")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var relayed = await _talent.Smtp.WaitForMessageAsync("alumna@academy.localhost", m => m.TextBody?.Contains("boda de 8 personas", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("evil", relayed.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", relayed.TextBody + relayed.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("evil[.]example/login?u=1", relayed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("10.0.0.1", relayed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("://", relayed.TextBody!.Replace("http://localhost/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var anchors = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(relayed.HtmlBody!).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, href => Assert.StartsWith("http://localhost/", href, StringComparison.Ordinal));
        Assert.All(anchors, href => Assert.False(href.EndsWith('.'), href));
        Assert.DoesNotContain("carla@cliente.example", relayed.TextBody + relayed.HtmlBody + relayed.ReplyTo + relayed.From, StringComparison.Ordinal);

        var inbox = await owner.GetPageAsync("/my/talent/messages");
        Assert.DoesNotContain("carla@cliente.example", inbox.Body!.TextContent, StringComparison.Ordinal);
        var messageId = await _talent.Site.WithDbAsync(db => db.Set<TalentMessage>().Where(m => m.ProfileId == id).Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitFormAsync("/my/talent/messages", [new("reply", "¡Claro! Te escribo con precios.")], $"/my/talent/messages/{messageId}/answer")).StatusCode);
        var answer = await _talent.Smtp.WaitForMessageAsync("carla@cliente.example");
        Assert.Contains("¡Claro! Te escribo con precios.", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("alumna@academy.localhost", answer.TextBody, StringComparison.Ordinal);

        // Someone else's message id is not theirs to answer.
        var other = await _talent.Site.WithDbAsync(async db =>
        {
            var message = new TalentMessage { ProfileId = await db.Set<TalentProfile>().Where(p => p.DisplayName == "Ángel Suárez").Select(p => p.Id).SingleAsync(), SenderName = "X", SenderEmail = "x@example.org", Body = "Hola, ¿hacéis envíos?" };
            db.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        var token = (await owner.GetPageAsync("/my/talent/messages")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostFormAsync($"/my/talent/messages/{other}/answer", [new("reply", "Intruso")], token)).StatusCode);
    }

    [Fact]
    public async Task The_contact_form_checks_its_fields_drops_bots_and_is_rate_limited()
    {
        var id = await IdOfAsync("Ángel Suárez");
        using var visitor = _talent.Site.CreateSiteClient();

        var invalid = await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", ""), new("Email", "no-es-un-correo"), new("Message", "hola")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var page = await SiteClient.ParseAsync(invalid);
        Assert.NotNull(page.QuerySelector("#Name-error"));
        Assert.NotNull(page.QuerySelector("#Email-error"));
        Assert.NotNull(page.QuerySelector("#Message-error"));

        var bot = await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", "Bot"), new("Email", "bot@spam.example"), new("Message", "Compre seguidores baratos hoy."), new("Website", "https://spam.example")]);
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Equal(0, await _talent.Site.WithDbAsync(db => db.Set<TalentMessage>().CountAsync()));

        // The form allows three posts a minute here (a setting); the fourth is refused.
        var fourth = await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", "Ana"), new("Email", "ana@example.org"), new("Message", "¿Hacen pedidos para 50 personas?")]);
        Assert.Equal(HttpStatusCode.Redirect, fourth.StatusCode);
        var fifth = await visitor.SubmitFormAsync($"/talent/{id}", [new("Name", "Ana"), new("Email", "ana@example.org"), new("Message", "¿Hacen pedidos para 50 personas?")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(1, await _talent.Site.WithDbAsync(db => db.Set<TalentMessage>().CountAsync()));
    }

    [Fact]
    public async Task Hostile_text_in_a_profile_stays_text_on_every_page_that_shows_it()
    {
        using var admin = await RecipeTests.AdminAsync(_talent.Site);
        var id = await IdOfAsync("Ángel Suárez");
        using var visitor = _talent.Site.CreateSiteClient();
        foreach (var line in HostileMarkup.Lines)
        {
            var name = line.Length > 120 ? line[..120] : line;
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var saved = await admin.SubmitFormAsync($"/admin/talent/{id}/edit",
                [new("DisplayName", name), new("BusinessName", name.Length > 160 ? name[..160] : name), new("Description", line), new("Skills", name.Replace(',', ' ')), new("Consent", "true")]);
            Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"{saved.StatusCode} for {line}");
            if (saved.StatusCode != HttpStatusCode.Redirect)
            {
                continue;
            }

            HostileInputTests.AssertInert(await visitor.GetPageAsync($"/talent/{id}"), line);
            HostileInputTests.AssertInert(await visitor.GetPageAsync("/talent"), line);
            HostileInputTests.AssertInert(await admin.GetPageAsync($"/admin/talent/{id}"), line);
            HostileInputTests.AssertInert(await admin.GetPageAsync("/admin/talent?status=Published"), line);
            Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/api/talent")).StatusCode);
        }
    }
}
