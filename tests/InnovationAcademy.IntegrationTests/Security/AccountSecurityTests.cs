using System.Diagnostics;
using System.Text.RegularExpressions;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// Accounts against an attacker: links from the configured address only, no discovery of accounts by answer or by
/// time, throttling that cannot keep the owner out, sign-out that ends the session, and no common passwords.
/// Mail goes through a real SMTP server and is read back.
/// </summary>
[Trait("Category", "Data")]
public sealed partial class AccountSecurityTests(AccountSecurityTests.Site site) : IClassFixture<AccountSecurityTests.Site>, IAsyncLifetime
{
    public sealed class Site : AcademySiteFactory
    {
        public Site() : base("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Site:BaseUrl"] = "http://localhost",
        })
        {
        }

        public static SmtpTestServer Smtp { get; } = new();

        /// <summary>Started once for the class (each start is a new server process).</summary>
        public static Lazy<Task> SmtpStarted { get; } = new(Smtp.StartAsync);

        /// <summary>The mail server is the class's alone: it stops with the site.</summary>
        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Smtp.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    public async Task InitializeAsync()
    {
        await Site.SmtpStarted.Value;
        // Every test client comes from the same (unknown) address: each test starts with no failures counted.
        await site.WithDbAsync(db => db.Set<SignInThrottleEntry>().ExecuteDeleteAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reset_link_is_built_from_the_configured_address_whatever_the_request_says()
    {
        using var client = site.CreateSiteClient();
        var page = await client.GetPageAsync("/account/forgot-password");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // A foreign Host header is refused outright, for pages as for forms.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync("http://evil.example/account/login")).StatusCode);
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "http://evil.example/account/forgot-password")
        {
            Content = new FormUrlEncodedContent([new("Email", "alumna@academy.localhost"), new("__RequestVerificationToken", token)]),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.SendAsync(forged)).StatusCode);
        }

        // A forwarded host (as a proxy on the same machine would pass it on) changes nothing in the link.
        using var forwarded = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent([new("Email", "alumna@academy.localhost"), new("__RequestVerificationToken", token)]),
        };
        forwarded.Headers.Add("X-Forwarded-Host", "evil.example");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(forwarded)).StatusCode);

        var mail = await Site.Smtp.WaitForMessageAsync("alumna@academy.localhost", m => m.TextBody!.Contains("reset-password", StringComparison.Ordinal));
        var links = LinkPattern().Matches(mail.TextBody! + mail.HtmlBody).Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("http://localhost/", link, StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_get_the_same_answer_for_known_and_unknown_addresses_and_then_the_same_throttle()
    {
        using var client = site.CreateSiteClient();
        const string known = "facilitadora@academy.localhost";
        const string unknown = "nadie-aqui@academy.localhost";
        foreach (var email in new[] { known, unknown })
        {
            string? firstMessage = null;
            for (var i = 0; i < 5; i++)
            {
                var failed = await client.SubmitFormAsync("/account/login", [new("Email", email), new("Password", $"wrong-{i}-password")], "/account/login");
                Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
                var message = (await SiteClient.ParseAsync(failed)).QuerySelector(".form-errors")!.TextContent.Trim();
                firstMessage ??= message;
                Assert.Equal(firstMessage, message);
            }

            // After five failures the next try waits, for a real account as for none: nothing says which.
            var throttled = await client.SubmitFormAsync("/account/login", [new("Email", email), new("Password", "wrong-again-password")], "/account/login");
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.NotNull(throttled.Headers.RetryAfter);
            var page = await SiteClient.ParseAsync(throttled);
            Assert.Contains("min", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("form[action='/account/login-link']"));
        }

        // No account is locked: the owner's right password works as soon as the wait is over.
        var user = await site.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AcademyUser>>(sp).FindByEmailAsync(known));
        Assert.Null(user!.LockoutEnd);
        await site.WithDbAsync(db => db.Set<SignInThrottleEntry>().ExecuteDeleteAsync());
        await client.SignInAsync(known, AcademySiteFactory.DemoPassword);
    }

    [Fact]
    public async Task The_owner_of_a_throttled_address_signs_in_with_a_one_time_link_by_mail()
    {
        const string email = "gestora@academy.localhost";
        using var attacker = site.CreateSiteClient();
        for (var i = 0; i < 6; i++)
        {
            await attacker.SubmitFormAsync("/account/login", [new("Email", email), new("Password", $"guess-{i}-password")], "/account/login");
        }

        using var owner = site.CreateSiteClient();
        var refused = await owner.SubmitFormAsync("/account/login", [new("Email", email), new("Password", AcademySiteFactory.DemoPassword)], "/account/login");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        var sent = await owner.SubmitFormAsync("/account/login-link", [new("Email", email), new("ReturnUrl", "/my/courses")], "/account/login-link");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var mail = await Site.Smtp.WaitForMessageAsync(email, m => m.TextBody!.Contains("/account/login-link/", StringComparison.Ordinal));
        var link = new Uri(LinkPattern().Matches(mail.TextBody!).Select(m => m.Value).First(l => l.Contains("/account/login-link/", StringComparison.Ordinal)));

        // Opening the link (as a mail scanner would) signs no one in; pressing the button does, once.
        var opened = await owner.GetPageAsync(link.PathAndQuery);
        Assert.NotNull(opened.QuerySelector("main form button"));
        var signedIn = await owner.SubmitFormAsync(link.PathAndQuery, []);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/my/courses", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync("/account/profile")).StatusCode);

        using var replay = site.CreateSiteClient();
        var again = await replay.SubmitFormAsync(link.PathAndQuery, []);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task A_link_for_an_unknown_address_answers_as_for_a_known_one_and_sends_nothing()
    {
        using var client = site.CreateSiteClient();
        var known = await client.SubmitFormAsync("/account/login-link", [new("Email", "editor@academy.localhost")], "/account/login-link");
        var unknown = await client.SubmitFormAsync("/account/login-link", [new("Email", "ninguna@academy.localhost")], "/account/login-link");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(
            (await SiteClient.ParseAsync(known)).QuerySelector("main")!.TextContent,
            (await SiteClient.ParseAsync(unknown)).QuerySelector("main")!.TextContent);
        await Site.Smtp.WaitForMessageAsync("editor@academy.localhost", m => m.Subject!.Contains("enlace", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Site.Smtp.Messages(), m => m.To.ToString().Contains("ninguna@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registering_an_existing_address_answers_like_a_new_one_and_tells_the_owner()
    {
        using var client = site.CreateSiteClient();
        var fresh = await client.SubmitFormAsync("/account/register",
            [new("DisplayName", "Persona Nueva"), new("Email", "persona-nueva@correo.localhost"), new("Password", "cuaderno azul de campo"), new("ConfirmPassword", "cuaderno azul de campo")]);
        var taken = await client.SubmitFormAsync("/account/register",
            [new("DisplayName", "Otra Persona"), new("Email", "alumna@academy.localhost"), new("Password", "cuaderno azul de campo"), new("ConfirmPassword", "cuaderno azul de campo")]);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);

        var warning = await Site.Smtp.WaitForMessageAsync("alumna@academy.localhost", m => m.Subject!.Contains("crear una cuenta", StringComparison.Ordinal));
        Assert.Contains("http://localhost/account/forgot-password", warning.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_takes_as_long_for_an_unknown_address_as_for_a_known_one()
    {
        using var client = site.CreateSiteClient();
        var page = await client.GetPageAsync("/account/login");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<double> TimeAsync(string email, int attempt)
        {
            using var content = new FormUrlEncodedContent([new("Email", email), new("Password", $"not-it-{attempt}-x"), new("__RequestVerificationToken", token)]);
            var watch = Stopwatch.StartNew();
            var response = await client.Http.PostAsync("/account/login", content);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        // Warm both paths, then interleave (four failures each stay under the throttle's free attempts).
        await TimeAsync("alumna@academy.localhost", 0);
        await TimeAsync("fantasma@academy.localhost", 0);
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 1; i <= 4; i++)
        {
            known.Add(await TimeAsync("alumna@academy.localhost", i));
            unknown.Add(await TimeAsync("fantasma@academy.localhost", i));
        }

        // Before, an unknown address answered in ~4 ms against ~145 ms: the hash was skipped.
        var ratio = unknown.Order().ElementAt(1) / known.Order().ElementAt(1);
        Assert.True(ratio > 0.5, $"unknown {string.Join(", ", unknown.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms vs known {string.Join(", ", known.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        var (http, cookie) = await SignInRawAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        using var thief = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/account/profile")).StatusCode);

        var profile = await http.GetAsync("/account/profile");
        var signOutToken = (await SiteClient.ParseAsync(profile)).QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signOut = new FormUrlEncodedContent([new("__RequestVerificationToken", signOutToken)]);
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync("/account/logout", signOut)).StatusCode);

        var after = await thief.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        http.Dispose();
    }

    [Fact]
    public async Task The_profile_lists_sessions_and_signs_out_everywhere()
    {
        using var phone = site.CreateSiteClient();
        phone.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
        await phone.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        using var laptop = site.CreateSiteClient();
        laptop.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        await laptop.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);

        var profile = await laptop.GetPageAsync("/account/profile");
        var sessions = profile.QuerySelectorAll(".session-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, sessions.Count);
        Assert.Contains(sessions, s => s.Contains("Firefox · Windows", StringComparison.Ordinal) && s.Contains("Este dispositivo", StringComparison.Ordinal));
        Assert.Contains(sessions, s => s.Contains("Chrome · Android", StringComparison.Ordinal));

        var ended = await laptop.PressButtonAsync("/account/profile", "/account/profile/sessions/end-all");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.Http.GetAsync("/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Http.GetAsync("/account/profile")).StatusCode);
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("12345678a")]
    [InlineData("contraseña123")]
    [InlineData("corto")]
    [InlineData("registro@correo.localhost")]
    [InlineData("12341234")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("michelle")]
    [InlineData("  corto1  ")]
    public async Task Weak_and_common_passwords_are_refused_at_the_field(string password)
    {
        using var client = site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/account/register",
            [new("DisplayName", "Registro Débil"), new("Email", "registro@correo.localhost"), new("Password", password), new("ConfirmPassword", password)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=Password]")!.TextContent.Trim());
        Assert.False(await site.WithDbAsync(db => db.Set<AcademyUser>().AnyAsync(u => u.Email == "registro@correo.localhost")));
    }

    [Fact]
    public async Task A_long_passphrase_without_digits_or_capitals_is_accepted_and_administrators_need_twelve_characters()
    {
        Assert.True(Users.Services.PasswordPolicy.CommonCount >= 10_000);
        using var client = site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/account/register",
            [new("DisplayName", "Frase Larga"), new("Email", "frase@correo.localhost"), new("Password", "mango verde en la playa"), new("ConfirmPassword", "mango verde en la playa")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var tooShort = await admin.SubmitFormAsync("/admin/users/create",
            [new("DisplayName", "Otra Admin"), new("Email", "otra-admin@academy.localhost"), new("Password", "tucan-9-rio"), new("Roles", "Administrator")]);
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("12", (await SiteClient.ParseAsync(tooShort)).QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_promoted_to_course_administrator_with_a_short_password_must_choose_a_longer_one_first()
    {
        const string email = "promovida@academy.localhost";
        const string shortPassword = "tucan-9-rio";
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/users/create",
            [new("DisplayName", "Rosa Promovida"), new("Email", email), new("Password", shortPassword)])).StatusCode);
        using var person = site.CreateSiteClient();
        await person.SignInAsync(email, shortPassword);
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync("/account/profile")).StatusCode);

        var id = await site.WithDbAsync(db => db.Set<AcademyUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/users/{id}/edit", [new("Roles", "CourseAdministrator")], $"/admin/users/{id}/edit")).StatusCode);

        // The promotion ended her session and marked the account: a sign-in by e-mailed link, which proves nothing about
        // the password, leads to the password form; so does a sign-in with her 11 characters.
        Assert.Equal(HttpStatusCode.Redirect, (await person.Http.GetAsync("/account/profile")).StatusCode);
        using (var byLink = site.CreateSiteClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await byLink.SubmitFormAsync("/account/login-link", [new("Email", email)], "/account/login-link")).StatusCode);
            var mail = await Site.Smtp.WaitForMessageAsync(email, m => m.TextBody!.Contains("/account/login-link/", StringComparison.Ordinal));
            var link = new Uri(LinkPattern().Matches(mail.TextBody!).Select(m => m.Value).First(l => l.Contains("/account/login-link/", StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.Redirect, (await byLink.SubmitFormAsync(link.PathAndQuery, [])).StatusCode);
            Assert.Equal(HttpStatusCode.SeeOther, (await byLink.Http.GetAsync("/admin")).StatusCode);
        }

        await person.SignInAsync(email, shortPassword);
        foreach (var path in new[] { "/", "/admin", "/account/profile" })
        {
            var blocked = await person.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.SeeOther, blocked.StatusCode);
            Assert.Equal("/account/profile/password", blocked.Headers.Location!.OriginalString);
        }

        // Knowing the short password is not enough to keep the new role: the new one is chosen through a link to her address.
        var form = await person.GetPageAsync("/account/profile/password");
        Assert.Contains("al menos 12 caracteres", form.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("input[name=CurrentPassword]"));
        var direct = await person.PostFormAsync("/account/profile/password",
            [new("CurrentPassword", shortPassword), new("Password", "tucanes del rio mayo"), new("ConfirmPassword", "tucanes del rio mayo")],
            form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);
        Assert.Equal("/account/profile/password", direct.Headers.Location!.OriginalString);
        using (var attacker = site.CreateSiteClient())
        {
            var refused = await attacker.SubmitFormAsync("/account/login", [new("Email", email), new("Password", "tucanes del rio mayo")], "/account/login");
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        using var laptop = site.CreateSiteClient();
        await laptop.SignInAsync(email, shortPassword);
        var sent = await person.SubmitFormAsync("/account/profile/password", [], "/account/profile/password/link");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(email, (await person.GetPageAsync("/account/profile/password")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var resetMail = await Site.Smtp.WaitForMessageAsync(email, m => m.TextBody!.Contains("/account/reset-password", StringComparison.Ordinal));
        var reset = new Uri(LinkPattern().Matches(resetMail.TextBody!).Select(m => m.Value).First(l => l.Contains("/account/reset-password", StringComparison.Ordinal)));

        // The link opens in the browser that is still signed in and held on the password page, too.
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync(reset.PathAndQuery)).StatusCode);
        using var mailbox = site.CreateSiteClient();
        var stillShort = await mailbox.SubmitFormAsync(reset.PathAndQuery, [new("Password", "tucan-9-mar"), new("ConfirmPassword", "tucan-9-mar")]);
        Assert.Contains("12", (await SiteClient.ParseAsync(stillShort)).QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
        var changed = await mailbox.SubmitFormAsync(reset.PathAndQuery, [new("Password", "tucanes del rio mayo"), new("ConfirmPassword", "tucanes del rio mayo")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mailbox.Http.GetAsync("/account/profile")).StatusCode);

        // Every other session ended: a copy of a cookie from before is worth nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await person.Http.GetAsync("/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Http.GetAsync("/account/profile")).StatusCode);

        using var again = site.CreateSiteClient();
        await again.SignInAsync(email, "tucanes del rio mayo");
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/account/profile")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_does_not_sign_in_an_account_an_administrator_disabled()
    {
        var (id, code) = await site.WithScopeAsync(async sp =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AcademyUser>>(sp);
            var user = new AcademyUser { UserName = "bloqueada@academy.localhost", Email = "bloqueada@academy.localhost", DisplayName = "Cuenta Bloqueada", EmailConfirmed = true };
            await users.CreateAsync(user, "lapiz rojo sobre la mesa");
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            return (user.Id, Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token)));
        });
        using var client = site.CreateSiteClient();
        var reset = await client.SubmitFormAsync($"/account/reset-password?userId={id}&code={code}", [new("Password", "otra frase bastante larga"), new("ConfirmPassword", "otra frase bastante larga")]);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("desactivada", (await SiteClient.ParseAsync(reset)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/account/profile")).StatusCode);
    }

    /// <summary>Signs in without a cookie jar, so the test holds the sign-in cookie as a thief would.</summary>
    private async Task<(HttpClient Http, string Cookie)> SignInRawAsync(string email, string password)
    {
        var http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await http.GetAsync("/account/login");
        var token = (await SiteClient.ParseAsync(login)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]);
        var response = await http.PostAsync("/account/login", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("academy.auth=", StringComparison.Ordinal));
        return (http, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
