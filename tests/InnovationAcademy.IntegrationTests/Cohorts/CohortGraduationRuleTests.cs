using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A cohort whose rule asks for attendance, a completed linked course and that course's assignment accepted:
/// only the participant who meets all three graduates, and each participant sees where they stand.
/// </summary>
[Trait("Category", "Data")]
public sealed class CohortGraduationRuleTests : IAsyncLifetime
{
    private const string Slug = "ruta-2024";
    private const string Recipe = """
        { "name": "graduation-rule-tests", "steps": [
          { "name": "Users", "users": [ { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" } ] },
          { "name": "Courses", "courses": [
            { "slug": "precios", "title": "Precios que cubren tus costes", "published": true, "hours": 2,
              "modules": [ { "title": "Uno", "lessons": [ { "key": "a1a1a1a1-0000-4000-8000-000000000001", "title": "Costes", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ],
              "assignment": { "title": "Tu lista de precios", "instructions": "Sube tu lista." } },
            { "slug": "redes", "title": "Vender en redes", "published": true, "hours": 1,
              "modules": [ { "title": "Uno", "lessons": [ { "key": "a2a2a2a2-0000-4000-8000-000000000002", "title": "Perfil", "kind": "reading", "body": "Texto.", "minutes": 5 } ] } ] }
          ] },
          { "name": "Cohorts", "programmes": [ { "slug": "ruta", "name": "Ruta", "cohorts": [ {
            "slug": "ruta-2024", "name": "Ruta 2024", "startsOn": "2024-03-04", "endsOn": "2024-03-15", "minAttendancePercent": 50,
            "courses": [ { "slug": "precios", "required": true }, { "slug": "redes" } ], "requiredAssignment": "precios",
            "sessions": [
              { "title": "Uno", "starts": "2024-03-05T18:00", "ends": "2024-03-05T20:00",
                "materials": [ { "title": "Plantilla de costes", "url": "/media/plantilla-costes.pdf" }, { "title": "Grabación", "url": "https://video.example/uno" } ] },
              { "title": "Dos", "starts": "2024-03-12T18:00", "ends": "2024-03-12T20:00" }
            ],
            "participants": [
              { "email": "ana@test.localhost", "status": "accepted", "attended": [1, 2] },
              { "email": "bea@test.localhost", "name": "Bea Ríos", "status": "accepted", "attended": [1] },
              { "email": "carlos@test.localhost", "name": "Carlos Ruiz", "status": "accepted", "attended": [1, 2] }
            ] } ] } ] }
        ] }
        """;

    private AcademySiteFactory _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        _admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(_admin, Recipe, "graduation-rule-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());

        // Ana completed the course and her assignment was accepted; Bea completed the course too, but her work is not accepted yet.
        await _site.WithDbAsync(async db =>
        {
            var course = await db.Set<Course>().SingleAsync(c => c.Slug == "precios");
            var assignment = await db.Set<Assignment>().SingleAsync(a => a.CourseId == course.Id);
            var users = await db.Set<AcademyUser>().Where(u => u.Email == "ana@test.localhost" || u.Email == "bea@test.localhost").ToDictionaryAsync(u => u.Email!, u => u.Id);
            var when = new DateTime(2024, 3, 14, 12, 0, 0, DateTimeKind.Utc);
            foreach (var (email, status) in new[] { ("ana@test.localhost", SubmissionStatus.Accepted), ("bea@test.localhost", SubmissionStatus.Submitted) })
            {
                db.Add(new Enrollment { CourseId = course.Id, UserId = users[email], Status = EnrollmentStatus.Active, RequestedUtc = when, StatusChangedUtc = when, ProgressPercent = 100, CompletedUtc = status == SubmissionStatus.Accepted ? when : null });
                db.Add(new Submission { AssignmentId = assignment.Id, UserId = users[email], Code = "E-" + email[..3].ToUpperInvariant(), Status = status, SubmittedUtc = when });
            }

            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Only_the_participant_who_meets_attendance_course_and_assignment_graduates()
    {
        var page = await _admin.GetPageAsync($"/admin/cohorts/{Slug}/graduates");
        var rule = page.QuerySelectorAll(".graduation-rule li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Asistir al menos al 50\u00A0% de las sesiones.", "Completar el curso Precios que cubren tus costes.", "Tener aceptado el trabajo «Tu lista de precios»."], rule);

        var rows = page.QuerySelectorAll("table.graduates tbody tr")
            .ToDictionary(tr => tr.QuerySelector("td")!.TextContent.Split('@')[0].Trim(), tr => tr.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()).ToArray());
        Assert.Equal(["2 / 2", "1 / 1", "Aceptado", "Sí", "—"], rows.Single(r => r.Key.StartsWith("Ana", StringComparison.Ordinal)).Value);
        Assert.Equal(["1 / 2", "0 / 1", "Todavía no", "Todavía no", "—"], rows.Single(r => r.Key.StartsWith("Bea", StringComparison.Ordinal)).Value);
        Assert.Equal(["2 / 2", "0 / 1", "Todavía no", "Todavía no", "—"], rows.Single(r => r.Key.StartsWith("Carlos", StringComparison.Ordinal)).Value);
        Assert.Contains("1 de 3", page.QuerySelector(".graduation-rule + p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_states_the_rule_and_the_participant_sees_where_she_stands()
    {
        using var visitor = _site.CreateSiteClient();
        var page = await visitor.GetPageAsync($"/cohorts/{Slug}");
        var courses = page.QuerySelectorAll(".linked-courses li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Precios que cubren tus costes Necesario para graduarse", "Vender en redes"], courses);

        using var ana = _site.CreateSiteClient();
        await ana.SignInAsync("ana@test.localhost", AcademySiteFactory.DemoPassword);
        var journey = await ana.GetPageAsync("/my/journey");
        var standing = journey.QuerySelectorAll(".standing li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Asistencia hasta ahora: 2 de 2 sesiones.", "Cursos necesarios completados: 1 de 1.", "Trabajo: aceptado.", "Cumples todas las condiciones para graduarte."], standing);
        Assert.Equal(["/media/plantilla-costes.pdf", "https://video.example/uno"], journey.QuerySelectorAll(".past-sessions .materials a").Select(a => a.GetAttribute("href")));
    }
}
