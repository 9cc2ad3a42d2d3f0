using System.Globalization;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>Reminders go through a real SMTP server, once, with the time in the participant's own zone.</summary>
[Trait("Category", "Data")]
public sealed class SessionReminderTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private AcademySiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Cohorts:RemindEverySeconds"] = "3600",
        });
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task A_participant_in_madrid_is_reminded_once_an_hour_before_a_lima_session_in_her_own_time()
    {
        var starts = DateTime.UtcNow.AddMinutes(40);
        var stamp = (DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        var recipe = $$"""
            { "name": "reminders", "steps": [
              { "name": "Users", "users": [ { "email": "marta@test.localhost", "name": "Marta Flores", "roles": ["Learner"], "password": "demo-academia-2026" } ] },
              { "name": "Cohorts", "programmes": [ { "slug": "creando", "name": "CREANDO", "cohorts": [ {
                "slug": "creando-pronto", "name": "CREANDO pronto", "startsOn": "2026-01-01", "endsOn": "2026-12-31", "timeZone": "America/Lima",
                "sessions": [ { "title": "Clínica de precios", "kind": "clinic", "starts": "{{stamp(starts)}}", "ends": "{{stamp(starts.AddHours(1))}}", "url": "https://meet.example/precios" } ] } ] } ] }
            ] }
            """;
        using (var admin = await RecipeTests.AdminAsync(_site))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(admin, recipe, "reminders.recipe.json")).StatusCode);
        }

        using var marta = _site.CreateSiteClient();
        await marta.SignInAsync("marta@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await marta.SubmitFormAsync("/cohorts/creando-pronto",
            [new("Device", "Computer"), new("Connectivity", "HomeInternet"), new("Stage", "Running"), new("Sector", "Comercio")], "/cohorts/creando-pronto/sign-up")).StatusCode);
        await _site.WithDbAsync(async db =>
        {
            (await db.Set<AcademyUser>().SingleAsync(u => u.Email == "marta@test.localhost")).TimeZoneId = "Europe/Madrid";
            return await db.SaveChangesAsync();
        });

        var reminders = _site.Services.GetRequiredService<SessionReminders>();
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var id = await _site.WithDbAsync(db => db.Set<CohortApplication>().Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync("/admin/cohorts/creando-pronto",
            [new("selected", id.ToString(CultureInfo.InvariantCulture)), new("decision", "Accept")])).StatusCode);

        // Two rounds, as from two nodes: one reminder.
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        var message = await _smtp.WaitForMessageAsync("marta@test.localhost", m => m.Subject?.StartsWith("En una hora", StringComparison.Ordinal) == true);
        Assert.Equal("En una hora: Clínica de precios", message.Subject);
        var madrid = TimeZoneInfo.ConvertTimeFromUtc(starts, TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid"));
        // Her hour, and her zone in words with its offset that day (never the IANA id).
        var offset = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid").GetUtcOffset(starts).Hours.ToString(CultureInfo.InvariantCulture);
        Assert.Contains(madrid.ToString("HH:mm", CultureInfo.InvariantCulture) + $", hora de Madrid (UTC+{offset}).", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Europe/", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://meet.example/precios", message.TextBody, StringComparison.Ordinal);
        await Task.Delay(1500);
        Assert.Single(_smtp.Messages(), m => m.Subject?.Contains("Clínica de precios", StringComparison.Ordinal) == true);
    }
}
