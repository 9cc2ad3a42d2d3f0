using System.Collections.Concurrent;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Enrollments;

/// <summary>
/// A demo site with a small course of two modules (two lessons, then one), learners of its own, a real SMTP
/// server for the e-mails, and a listener that records the enrolment events other modules would handle.
/// </summary>
public sealed class EnrollmentSite : IAsyncDisposable
{
    public const string Slug = "curso-prueba";
    public const string Lesson1 = "11111111-1111-4111-8111-111111111111";
    public const string Lesson2 = "22222222-2222-4222-8222-222222222222";
    public const string Lesson3 = "33333333-3333-4333-8333-333333333333";
    public const string Module1 = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

    public static readonly string[] Learners = ["ana@test.localhost", "beto@test.localhost", "carla@test.localhost"];

    private EnrollmentSite(SmtpTestServer smtp, AcademySiteFactory site, EventRecorder events)
    {
        Smtp = smtp;
        Site = site;
        Events = events;
    }

    public SmtpTestServer Smtp { get; }

    public AcademySiteFactory Site { get; }

    public EventRecorder Events { get; }

    /// <summary>The id of a course by its address: events name courses by id.</summary>
    public Task<int> CourseIdAsync(string slug = Slug) =>
        Site.WithDbAsync(db => db.Set<Course>().Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    /// <summary>The course administrator of the demo recipe.</summary>
    public SiteClient Manager { get; private set; } = null!;

    /// <param name="smtpUtf8">False: the mail server speaks ASCII only and refuses international addresses for good.</param>
    public static async Task<EnrollmentSite> StartAsync(bool smtpUtf8 = true)
    {
        var smtp = new SmtpTestServer(smtpUtf8: smtpUtf8);
        await smtp.StartAsync();
        var events = new EventRecorder();
        var site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        { TestServices = services => services.AddSingleton<IEnrollmentEventHandler>(events) };
        var result = new EnrollmentSite(smtp, site, events);
        using var admin = await RecipeTests.AdminAsync(site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(admin, Recipe, "enrolment-tests.recipe.json")).StatusCode);
        result.Manager = site.CreateSiteClient();
        await result.Manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        return result;
    }

    /// <summary>One of <see cref="Learners"/>, signed in.</summary>
    public async Task<SiteClient> SignInAsync(string email)
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
        return client;
    }

    public Task SettingsAsync(string method, string? key = null, string? capacity = null, string? opens = null, string? closes = null) =>
        ExpectRedirectAsync(Manager.SubmitFormAsync($"/admin/courses/{Slug}/enrollments/settings",
        [
            new("Method", method), new("EnrollmentKey", key ?? ""), new("Capacity", capacity ?? ""), new("Opens", opens ?? ""), new("Closes", closes ?? ""),
        ]));

    public static string LessonUrl(string key) => $"/courses/{Slug}/lessons/{key}";

    public static async Task ExpectRedirectAsync(Task<HttpResponseMessage> response)
    {
        var result = await response;
        Assert.True(result.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)result.StatusCode}: {await result.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        Manager.Dispose();
        await Site.DisposeAsync();
        Smtp.Dispose();
    }

    private const string Recipe = $$"""
        {
          "name": "enrolment-tests",
          "steps": [
            { "name": "Users", "users": [
              { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" },
              { "email": "beto@test.localhost", "name": "Beto Peña", "roles": ["Learner"], "password": "demo-academia-2026", "culture": "en" },
              { "email": "carla@test.localhost", "name": "Carla Ibáñez", "roles": ["Learner"], "password": "demo-academia-2026" }
            ] },
            { "name": "Courses", "courses": [ {
              "slug": "{{Slug}}", "title": "Curso de prueba", "summary": "Un curso corto.", "language": "es", "hours": 2, "published": true,
              "modules": [
                { "title": "Uno", "key": "{{Module1}}", "lessons": [
                  { "key": "{{Lesson1}}", "title": "Lección uno", "kind": "reading", "body": "Texto de la lección uno.", "minutes": 5 },
                  { "key": "{{Lesson2}}", "title": "Lección dos", "kind": "reading", "body": "Texto de la lección dos.", "minutes": 5 }
                ] },
                { "title": "Dos", "lessons": [
                  { "key": "{{Lesson3}}", "title": "Lección tres", "kind": "reading", "body": "Texto de la lección tres.", "minutes": 5 }
                ] }
              ] } ] }
          ]
        }
        """;
}

/// <summary>Records the enrolment events, as the certificates module will handle them.</summary>
public sealed class EventRecorder : IEnrollmentEventHandler
{
    public ConcurrentQueue<string> Raised { get; } = new();

    public Task EnrolledAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken) => Record($"enrolled {enrollment.CourseId}");

    public Task LessonCompletedAsync(EnrollmentEvent enrollment, Guid lessonKey, CancellationToken cancellationToken) => Record($"lesson {lessonKey}");

    public Task ModuleCompletedAsync(EnrollmentEvent enrollment, Guid moduleKey, CancellationToken cancellationToken) => Record("module");

    public Task CourseCompletedAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken) => Record($"course {enrollment.CourseId}");

    private Task Record(string what)
    {
        Raised.Enqueue(what);
        return Task.CompletedTask;
    }
}
