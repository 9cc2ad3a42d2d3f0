using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Testing;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Issues certificates for learners who completed a course, then makes each one's PDF and signed Open Badges
// credential, the way the completion handler and "My certificates" do, in process against a fresh site.
// Learners and their completed enrolments are written straight to the database first; that part is not timed.
//   dotnet run -c Release --project bench/InnovationAcademy.Bench.Certificates -- [--count 1000] [--postgres "Host=…"]
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var count = 1000;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--count")
    {
        count = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--postgres")
    {
        Environment.SetEnvironmentVariable("ACADEMY_TEST_POSTGRES", args[++i]);
    }
}

const string Slug = "mooc-innovacion";
using var site = new AcademySiteFactory("academy-demo");
using (var admin = site.CreateSiteClient())
{
    await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
    var recipe = $$"""
        { "name": "bench", "steps": [ { "name": "Courses", "courses": [ { "slug": "{{Slug}}", "title": "Innovación pública y social: conceptos y herramientas", "hours": 22, "published": true,
          "certificate": { "enabled": true, "signatoryName": "Elena Robles Ibáñez", "signatoryTitle": "Directora del Laboratorio" },
          "modules": [ { "title": "Uno", "lessons": [ { "title": "Lección", "kind": "reading", "body": "Texto", "minutes": 5 } ] } ] } ] } ] }
        """;
    var imported = await admin.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe), "bench.recipe.json");
    if (imported.StatusCode != HttpStatusCode.Redirect)
    {
        Console.Error.WriteLine($"The course could not be imported: {(int)imported.StatusCode}");
        return 1;
    }
}

string[] given = ["María", "José", "Íñigo", "Begoña", "Nuria", "Óscar", "Ana", "Raúl"];
string[] family = ["Núñez", "Peña", "Ibáñez", "Muñoz", "Gómez", "Quispe", "Mamani", "Cárdenas"];
var enrollmentIds = await site.WithDbAsync(async db =>
{
    var courseId = await db.Set<Course>().Where(c => c.Slug == Slug).Select(c => c.Id).SingleAsync();
    var now = DateTime.UtcNow;
    var enrollments = new List<Enrollment>();
    for (var n = 0; n < count; n++)
    {
        var email = $"persona{n:D6}@bench.localhost";
        var user = new AcademyUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, DisplayName = $"{given[n % given.Length]} {family[n / given.Length % family.Length]} {n}", CreatedUtc = now,
            TimeZoneId = "America/Lima", SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Add(user);
        enrollments.Add(new Enrollment
        {
            CourseId = courseId, UserId = user.Id, Status = EnrollmentStatus.Active, RequestedUtc = now, StatusChangedUtc = now,
            ProgressPercent = 100, CompletedUtc = now,
        });
    }

    db.AddRange(enrollments);
    await db.SaveChangesAsync();
    return enrollments.Select(e => new Completion(e.Id, e.CourseId, e.UserId, e.CompletedUtc!.Value)).ToList();
});

// Issue: what the CourseCompleted handler does for each learner (one scope each, as one request each).
var clock = Stopwatch.StartNew();
foreach (var completion in enrollmentIds)
{
    await site.WithScopeAsync(services => services.GetRequiredService<CourseCertificates>().IssueForAsync(completion));
}

var issueTime = clock.Elapsed;

// Documents: each certificate's PDF and signed credential, as learners download them.
var certificates = await site.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().ToListAsync());
long pdfBytes = 0;
clock.Restart();
foreach (var certificate in certificates)
{
    pdfBytes += await site.WithScopeAsync(async services => (await services.GetRequiredService<CertificateDocuments>().PdfAsync(certificate)).LongLength);
}

var pdfTime = clock.Elapsed;
clock.Restart();
foreach (var certificate in certificates)
{
    await site.WithScopeAsync(services => services.GetRequiredService<OpenBadgeCredentials>().SignedAsync(certificate));
}

var credentialTime = clock.Elapsed;
var total = issueTime + pdfTime;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Database:            {(AcademySiteFactory.PostgresServer is null ? "SQLite" : "PostgreSQL")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Certificates issued: {certificates.Count} of {count}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Issue:               {issueTime.TotalSeconds,6:0.00} s  {count / issueTime.TotalSeconds,7:0} certificates/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PDF:                 {pdfTime.TotalSeconds,6:0.00} s  {count / pdfTime.TotalSeconds,7:0} certificates/s  ({pdfBytes / Math.Max(1, certificates.Count) / 1024.0:0.0} KB each)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Credential (VC-JWT): {credentialTime.TotalSeconds,6:0.00} s  {count / credentialTime.TotalSeconds,7:0} certificates/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Issue with PDF:      {total.TotalSeconds,6:0.00} s  {count / total.TotalSeconds,7:0} certificates/s"));
return certificates.Count == count ? 0 : 1;
