using System.Diagnostics;
using InnovationAcademy.Certificates.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Certificates;

/// <summary>
/// A demo site with a one-lesson course that grants a certificate of 22 hours (signed by a named director) and one
/// that grants none; Ana (whose name carries accents) and Beto are learners.
/// </summary>
public sealed class CertificateSite : IAsyncDisposable
{
    public const string Slug = "innovacion-publica";
    public const string NoCertificate = "sin-certificado";
    public const string Lesson = "f1f1f1f1-0000-4000-8000-000000000001";
    public const string OtherLesson = "f2f2f2f2-0000-4000-8000-000000000002";
    public const string AnaName = "Ana Núñez Peña";
    public const string Title = "Innovación pública y social: conceptos y herramientas";

    private const string Recipe = $$"""
        { "name": "certificate-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "ana@test.localhost", "name": "{{AnaName}}", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "beto@test.localhost", "name": "Beto Quispe", "roles": ["Learner"], "password": "demo-academia-2026" }
          ] },
          { "name": "CertificateIssuer", "organisation": "Laboratorio de Innovación Pública", "signatoryName": "Elena Robles Ibáñez", "signatoryTitle": "Directora" },
          { "name": "Courses", "courses": [
            { "slug": "{{Slug}}", "title": "{{Title}}", "language": "es", "hours": 22, "published": true, "certificate": { "enabled": true },
              "modules": [ { "title": "Uno", "lessons": [ { "key": "{{Lesson}}", "title": "Lección", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] },
            { "slug": "{{NoCertificate}}", "title": "Charla abierta", "language": "es", "hours": 1, "published": true, "certificate": { "enabled": false },
              "modules": [ { "title": "Uno", "lessons": [ { "key": "{{OtherLesson}}", "title": "Charla", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] }
          ] }
        ] }
        """;

    private CertificateSite(AcademySiteFactory site) => Site = site;

    public AcademySiteFactory Site { get; }

    public static async Task<CertificateSite> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var site = new AcademySiteFactory("academy-demo", settings)
        {
            TestServices = clock is null ? null : services => services.AddSingleton(clock),
        };
        using var admin = await RecipeTests.AdminAsync(site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe, "certificate-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        return new CertificateSite(site);
    }

    public async Task<SiteClient> LearnerAsync(string email = "ana@test.localhost", string slug = Slug)
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
        await client.EnrolAsync(slug);
        return client;
    }

    /// <summary>The learner marks the course's only lesson done, which completes the course.</summary>
    public static async Task CompleteAsync(SiteClient client, string slug = Slug, string lesson = Lesson) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.PressButtonAsync($"/courses/{slug}/lessons/{lesson}", $"/my/courses/{slug}/lessons/{lesson}/complete")).StatusCode);

    internal Task<List<Certificate>> CertificatesAsync() => Site.WithDbAsync(db => db.Set<Certificate>().OrderBy(c => c.Id).ToListAsync());

    /// <summary>Runs a Debian tool on a file and returns what it printed.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
