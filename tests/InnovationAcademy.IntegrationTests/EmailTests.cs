using InnovationAcademy.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary>E-mail goes through a real SMTP server and is read back from its mailbox.</summary>
[Trait("Category", "Data")]
public sealed class EmailTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly AcademySiteFactory _site;

    public EmailTests()
    {
        _site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public async Task Registration_sends_a_confirmation_link_that_activates_the_account()
    {
        await _smtp.StartAsync();
        using var client = _site.CreateSiteClient();
        const string email = "nueva@correo.localhost";
        var registered = await client.SubmitFormAsync("/account/register",
        [
            new("DisplayName", "Nueva Persona"), new("Email", email), new("Password", "contrasena-1"), new("ConfirmPassword", "contrasena-1"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        // Not confirmed yet: sign-in is refused with the reason.
        var early = await client.SubmitFormAsync("/account/login", [new("Email", email), new("Password", "contrasena-1")], "/account/login");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);

        var message = await _smtp.WaitForMessageAsync(email);
        Assert.Equal("Confirma tu correo electrónico", message.Subject);
        Assert.Equal("Academia de pruebas", message.From.Mailboxes.Single().Name);
        var link = ExtractLink(message.TextBody!);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(message.HtmlBody!);
        Assert.Contains(html.QuerySelectorAll("a"), a => a.GetAttribute("href") == link);
        var confirmed = await client.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.NotNull(confirmed.QuerySelector("form[action='/account/confirm-email'] button"));

        await client.SignInAsync(email, "contrasena-1");
    }

    /// <summary>
    /// A visitor who creates an account on the way to a course finds the course again: the address goes through the
    /// registration form and the e-mail, and confirming signs them in there. The link signs in once.
    /// </summary>
    [Fact]
    public async Task Confirming_the_address_signs_the_person_in_and_takes_them_back_where_they_started()
    {
        await _smtp.StartAsync();
        using var client = _site.CreateSiteClient();
        const string email = "vuelve@correo.localhost";
        const string course = "/courses?q=innovacion";
        var login = await client.GetPageAsync("/account/login?returnUrl=" + Uri.EscapeDataString(course));
        var register = login.QuerySelector("a[href^='/account/register']")!.GetAttribute("href")!;
        Assert.Contains(Uri.EscapeDataString(course), register, StringComparison.Ordinal);
        var registered = await client.SubmitFormAsync(register,
            [new("DisplayName", "Persona que vuelve"), new("Email", email), new("Password", "contrasena-1"), new("ConfirmPassword", "contrasena-1")]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var link = ExtractLink((await _smtp.WaitForMessageAsync(email)).TextBody!);
        Assert.Contains("returnUrl=" + Uri.EscapeDataString(course), link, StringComparison.Ordinal);
        using var fresh = _site.CreateSiteClient();
        var confirmed = await fresh.GetPageAsync(new Uri(link).PathAndQuery);
        var signedIn = await fresh.SubmitFormAsync(new Uri(link).PathAndQuery, [], "/account/confirm-email");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(course, signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.Http.GetAsync("/account/profile")).StatusCode);
        _ = confirmed;

        // The same link does not sign anyone in a second time, and a foreign return address is not followed.
        using var other = _site.CreateSiteClient();
        Assert.Null((await other.GetPageAsync(new Uri(link).PathAndQuery)).QuerySelector("form[action='/account/confirm-email']"));
        var token = (await other.GetPageAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        using var replay = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("userId", query["userId"]!), new("code", query["code"]!), new("returnUrl", course)]);
        Assert.Equal(HttpStatusCode.Gone, (await other.Http.PostAsync("/account/confirm-email", replay)).StatusCode);
        var foreign = await client.GetPageAsync("/account/register?returnUrl=" + Uri.EscapeDataString("//evil.example/x"));
        Assert.Equal("", foreign.QuerySelector("input[name=ReturnUrl]")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Password_reset_mail_lets_the_user_choose_a_new_password()
    {
        await _smtp.StartAsync();
        using var client = _site.CreateSiteClient();
        const string email = "alumna@academy.localhost";
        var asked = await client.SubmitFormAsync("/account/forgot-password", [new("Email", email)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var link = ExtractLink((await _smtp.WaitForMessageAsync(email)).TextBody!);
        var reset = await client.SubmitFormAsync(new Uri(link).PathAndQuery, [new("Password", "otra-clave-22"), new("ConfirmPassword", "otra-clave-22")]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var fresh = _site.CreateSiteClient();
        await fresh.SignInAsync(email, "otra-clave-22");

        // The audit trail says she chose it, not "the platform": the link proved who she is.
        var entry = await _site.WithDbAsync(db => db.Set<InnovationAcademy.Core.Audit.AuditEntry>().SingleAsync(a => a.Action == "user.password-reset"));
        Assert.Equal(email, entry.ActorName);
        Assert.NotNull(entry.ActorId);

        // The link works once.
        var reused = await client.SubmitFormAsync(new Uri(link).PathAndQuery, [new("Password", "tercera-clave-3"), new("ConfirmPassword", "tercera-clave-3")]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task A_message_written_while_the_server_is_down_is_sent_once_it_is_up()
    {
        using var client = _site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var created = await client.SubmitFormAsync("/admin/users/create", [new("Email", "invitada@correo.localhost"), new("DisplayName", "Invitada"), new("Password", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        // The server is down: the worker tries, fails and keeps the message.
        var failed = await WaitForAsync(() => _site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "invitada@correo.localhost" && m.Attempts > 0 && m.SentUtc == null)));
        Assert.True(failed, "the outbox never recorded a failed attempt");
        var outbox = await client.GetPageAsync("/admin/outbox");
        Assert.Contains("invitada@correo.localhost", outbox.QuerySelector("table")!.TextContent);

        await _smtp.StartAsync();
        var message = await _smtp.WaitForMessageAsync("invitada@correo.localhost", TimeSpan.FromSeconds(30));
        Assert.Contains("Te damos la bienvenida", message.Subject, StringComparison.Ordinal);
        Assert.True(await WaitForAsync(() => _site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "invitada@correo.localhost" && m.SentUtc != null))));
        Assert.Single(_smtp.Messages(), m => m.To.ToString().Contains("invitada@correo.localhost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_with_accents_before_the_at_is_delivered_where_the_server_offers_smtputf8()
    {
        await _smtp.StartAsync();
        using var client = _site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var created = await client.SubmitFormAsync("/admin/users/create", [new("Email", "inés.muñoz@correo.localhost"), new("DisplayName", "Inés Muñoz"), new("Password", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var message = await _smtp.WaitForMessageAsync("inés.muñoz@correo.localhost", TimeSpan.FromSeconds(30));
        Assert.Contains("Inés Muñoz", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_refuses_an_address_for_good_is_not_asked_again_and_the_outbox_says_so()
    {
        using var strict = new SmtpTestServer(smtpUtf8: false);
        await strict.StartAsync();
        await using var site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = strict.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/admin/users/create", [new("Email", "inés.muñoz@correo.localhost"), new("DisplayName", "Inés Muñoz"), new("Password", "")])).StatusCode);

        // The ASCII-only server answers 5xx: one try, then the message is marked as not delivered, not retried for days.
        Assert.True(await WaitForAsync(() => site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "inés.muñoz@correo.localhost" && m.LastError != null))));
        var failed = await site.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.To == "inés.muñoz@correo.localhost"));
        Assert.Null(failed.SentUtc);
        Assert.StartsWith("5", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.Attempts >= 12);
        var outbox = await client.GetPageAsync("/admin/outbox");
        Assert.Contains("No entregado: no habrá más intentos", outbox.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    private static string ExtractLink(string text) =>
        text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).First(t => t.StartsWith("http", StringComparison.Ordinal));

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        _site.Dispose();
        _smtp.Dispose();
    }
}
