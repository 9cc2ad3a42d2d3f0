namespace InnovationAcademy.IntegrationTests;

public sealed class SiteTests(SiteTests.Site site) : IClassFixture<SiteTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    /// <summary>Monitors and link checkers ask with HEAD: every page and API answers it as it answers GET.</summary>
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/courses", "text/html")]
    [InlineData("/cohorts", "text/html")]
    [InlineData("/api/courses", "application/json")]
    [InlineData("/account/login", "text/html")]
    public async Task Head_answers_as_get_does(string url, string mediaType)
    {
        using var client = site.CreateSiteClient();
        using var head = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        using var missing = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-such-page"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Health_answers_healthy_when_the_database_answers()
    {
        using var client = site.CreateSiteClient();
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = site.CreateSiteClient();
        var response = await client.Http.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    /// <summary>
    /// Visitors' pages travel compressed (phones on mobile data); pages that carry a form token or a signed-in
    /// person's data do not, so that their secrets cannot be guessed from compressed sizes (BREACH).
    /// </summary>
    [Fact]
    public async Task Public_pages_are_compressed_and_pages_with_secrets_are_not()
    {
        async Task<(string? Encoding, int Length, string Text)> GetAsync(SiteClient client, string url, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(accept);
            var response = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            Stream body = encoding switch
            {
                "br" => new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
                _ => new MemoryStream(bytes),
            };
            return (encoding, bytes.Length, await new StreamReader(body).ReadToEndAsync());
        }

        using var visitor = site.CreateSiteClient();
        var catalog = await GetAsync(visitor, "/courses", "br, gzip");
        Assert.Equal("br", catalog.Encoding);
        Assert.Contains("</html>", catalog.Text, StringComparison.Ordinal);
        var plain = await GetAsync(visitor, "/courses", "identity");
        Assert.Null(plain.Encoding);
        Assert.True(catalog.Length < plain.Length / 2, $"{catalog.Length} compressed vs {plain.Length}");
        Assert.Equal("gzip", (await GetAsync(visitor, "/courses", "gzip")).Encoding);

        // The sign-in page carries a form token; a signed-in person's page carries their data.
        Assert.Null((await GetAsync(visitor, "/account/login", "br")).Encoding);
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Null((await GetAsync(learner, "/my/courses", "br")).Encoding);
        Assert.Null((await GetAsync(learner, "/courses", "br")).Encoding);
    }

    /// <summary>The lab's identity: its logo, a colour white text can be read on, and footer links, refused at the field when wrong.</summary>
    [Fact]
    public async Task An_administrator_gives_the_site_the_labs_logo_colour_and_footer()
    {
        await using var own = new AcademySiteFactory();
        using var admin = own.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        var pale = await admin.SubmitFormAsync("/admin/settings", [new("BrandColour", "#ffff00"), new("FooterLinks", "Sin dirección\nPrivacidad | javascript:alert(1)"), new("LogoUrl", "https://evil.example/logo.png"), new("Tagline", "Dos\nlíneas")]);
        Assert.Equal(HttpStatusCode.OK, pale.StatusCode);
        var refused = await SiteClient.ParseAsync(pale);
        // Both figures written with the same decimal mark, the reader's.
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(refused.QuerySelector("[data-valmsg-for=BrandColour]")!.TextContent, @"\(contraste 1(?<mark>[.,])[01]:1; hace falta al menos 4\k<mark>5:1\)"), refused.QuerySelector("[data-valmsg-for=BrandColour]")!.TextContent);
        Assert.StartsWith("Línea 1:", refused.QuerySelector("[data-valmsg-for=FooterLinks]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(refused.QuerySelector("[data-valmsg-for=LogoUrl]")!.TextContent.Trim());
        Assert.Equal("Escribe la frase en una sola línea, sin caracteres de control.", refused.QuerySelector("[data-valmsg-for=Tagline]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/brand.css")).StatusCode);

        var saved = await admin.SubmitFormAsync("/admin/settings",
            [new("BrandColour", "#0B5394"), new("Tagline", "Formación para quienes innovan en lo público en Manabí."), new("FooterContact", "contacto@laboratorio.gob.ec · Quito"), new("FooterLinks", "Aviso de privacidad | /privacidad\nEl laboratorio | https://laboratorio.gob.ec")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var visitor = own.CreateSiteClient();
        var home = await visitor.GetPageAsync("/");
        var css = home.QuerySelector("link[href^='/brand.css']")!.GetAttribute("href")!;
        Assert.Equal("/brand.css?v=0b5394", css);
        var style = await visitor.Http.GetAsync(css);
        Assert.Equal("text/css", style.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--brand: #0b5394;", await style.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([("Aviso de privacidad", "/privacidad"), ("El laboratorio", "https://laboratorio.gob.ec")],
            home.QuerySelectorAll(".footer-links a").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        Assert.Equal("contacto@laboratorio.gob.ec · Quito", home.QuerySelector(".footer-contact")!.TextContent);

        // The lab's own sentence says what the site is for, under the title and in the footer.
        Assert.Equal("Formación para quienes innovan en lo público en Manabí.", home.QuerySelector(".lead")!.TextContent);
        Assert.Contains("Formación para quienes innovan en lo público en Manabí.", home.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Browsers and bookmarks ask for the site's icon on every first visit: it is there, not a 404.</summary>
    [Fact]
    public async Task The_site_has_an_icon_that_every_page_names()
    {
        using var client = site.CreateSiteClient();
        using var icon = await client.Http.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        var home = await client.GetPageAsync("/");
        var svg = home.QuerySelector("link[rel=icon][type='image/svg+xml']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(svg)).StatusCode);
    }

    [Fact]
    public async Task Unknown_pages_get_a_404_page_in_the_theme()
    {
        using var client = site.CreateSiteClient();
        var page = await client.GetPageAsync("/no-such-page", HttpStatusCode.NotFound);
        Assert.Equal("404", page.QuerySelector(".status-code")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header .brand"));
    }

    [Fact]
    public async Task Pages_are_in_spanish_by_default_and_the_switcher_changes_the_language()
    {
        using var client = site.CreateSiteClient();
        var spanish = await client.GetPageAsync("/account/login");
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Iniciar sesión", spanish.QuerySelector("h1")!.TextContent.Trim());

        var switched = await client.Http.GetAsync("/culture?culture=en&returnUrl=%2Faccount%2Flogin");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.Headers.Location!.OriginalString);
        var english = await client.GetPageAsync("/account/login");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent.Trim());

        // A switcher link cannot send the visitor to another site.
        var away = await client.Http.GetAsync("/culture?culture=es&returnUrl=https%3A%2F%2Fattacker.invalid%2F");
        Assert.Equal("/", away.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signed_in_users_see_their_preferred_language()
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var saved = await client.SubmitFormAsync("/account/profile", [new("DisplayName", "Andrés Editor"), new("PreferredCulture", "en"), new("TimeZoneId", "America/Bogota")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await client.GetPageAsync("/account/profile");
        Assert.Equal("en", profile.DocumentElement.GetAttribute("lang"));
        Assert.Equal("America/Bogota", profile.QuerySelector("select[name=TimeZoneId] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Profile_rejects_an_unknown_time_zone_at_the_field()
    {
        using var client = site.CreateSiteClient();
        await client.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var response = await client.SubmitFormAsync("/account/profile", [new("DisplayName", "Lucía"), new("PreferredCulture", "es"), new("TimeZoneId", "Mars/Olympus")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=TimeZoneId]")!.TextContent.Trim());
    }
}
