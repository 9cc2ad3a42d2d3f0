using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Testing;
using Microsoft.EntityFrameworkCore;

// Imports a spreadsheet of learners into a fresh site the way a course administrator does, through HTTP:
// upload (decode and parse), preview (every line checked against the file and the site), confirm (one
// transaction: accounts, enrolments, invitations queued). Prints how long each step took.
//   dotnet run -c Release --project bench/InnovationAcademy.Bench.Import -- [--rows 10000] [--no-email] [--postgres "Host=…"]
// The in-process site finds its content beside this program, whatever folder it was started from.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var rows = 10_000;
var notify = true;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--rows")
    {
        rows = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--no-email")
    {
        notify = false;
    }
    else if (args[i] == "--postgres")
    {
        Environment.SetEnvironmentVariable("ACADEMY_TEST_POSTGRES", args[++i]);
    }
}

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
const string Slug = "curso-masivo";
using var site = new AcademySiteFactory("academy-demo");
using (var admin = site.CreateSiteClient())
{
    await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
    var recipe = $$"""
        { "name": "bench", "steps": [ { "name": "Courses", "courses": [ { "slug": "{{Slug}}", "title": "Curso masivo", "published": true,
          "modules": [ { "title": "Uno", "lessons": [ { "title": "Lección", "kind": "reading", "body": "Texto", "minutes": 5 } ] } ] } ] } ] }
        """;
    Expect(HttpStatusCode.Redirect, await admin.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe), "bench.recipe.json"));
}

using var manager = site.CreateSiteClient();
await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);

// Windows-1252 with semicolons, as a Spanish spreadsheet saves it; a few bad lines, as real files have.
string[] given = ["María", "José", "Íñigo", "Begoña", "Nuria", "Óscar", "Ana", "Raúl"];
string[] family = ["Núñez", "Peña", "Ibáñez", "Muñoz", "Gómez", "Quispe", "Mamani", "Cárdenas"];
var csv = new StringBuilder("correo;nombre;idioma\r\n");
for (var n = 0; n < rows; n++)
{
    var email = n % 1000 == 999 ? "no-es-correo" : $"persona{n:D6}@bench.localhost";
    csv.Append(CultureInfo.InvariantCulture, $"{email};{given[n % given.Length]} {family[n / given.Length % family.Length]} {n};{(n % 5 == 0 ? "en" : "es")}\r\n");
}

var bytes = Encoding.GetEncoding(1252).GetBytes(csv.ToString());
var importUrl = $"/admin/courses/{Slug}/enrollments/import";
var total = Stopwatch.StartNew();

var clock = Stopwatch.StartNew();
var page = await manager.GetPageAsync(importUrl);
var token = page.QuerySelector($"form[action='{importUrl}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
using var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "file", "alumnado.csv" } };
var uploaded = await manager.Http.PostAsync(importUrl, upload);
Expect(HttpStatusCode.Redirect, uploaded);
var uploadTime = clock.Elapsed;

clock.Restart();
var previewUrl = uploaded.Headers.Location!.OriginalString;
var preview = await manager.GetPageAsync(previewUrl);
var previewTime = clock.Elapsed;
var facts = preview.QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()).ToList();

clock.Restart();
Expect(HttpStatusCode.Redirect, await manager.SubmitFormAsync(previewUrl, [new("mode", "valid-rows"), new("notify", notify ? "true" : "false")], previewUrl));
var confirmTime = clock.Elapsed;
total.Stop();

var enrolled = await site.WithDbAsync(db => db.Set<Enrollment>().CountAsync(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == Slug)));
var queued = await site.WithDbAsync(db => db.Set<InnovationAcademy.Notifications.Models.OutboxMessage>().CountAsync());
Console.WriteLine($"Bulk enrolment of {rows:N0} lines ({bytes.Length / 1024:N0} KB, Windows-1252) on {(AcademySiteFactory.PostgresServer is null ? "SQLite" : "PostgreSQL")}");
Console.WriteLine($"preview says: lines {facts[1]}, ready {facts[2]}, with a problem {facts[3]}, new accounts {facts[4]}");
Console.WriteLine($"{"step",-28}{"seconds",10}");
Console.WriteLine($"{"upload (decode, parse)",-28}{uploadTime.TotalSeconds,10:F2}");
Console.WriteLine($"{"preview (check every line)",-28}{previewTime.TotalSeconds,10:F2}");
Console.WriteLine($"{"confirm (one transaction)",-28}{confirmTime.TotalSeconds,10:F2}");
Console.WriteLine($"{"total",-28}{total.Elapsed.TotalSeconds,10:F2}");
Console.WriteLine($"enrolled {enrolled:N0}, e-mails queued {queued:N0}");
return enrolled == rows - rows / 1000 ? 0 : 1;

static void Expect(HttpStatusCode expected, HttpResponseMessage response)
{
    if (response.StatusCode != expected)
    {
        throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}");
    }
}
