using System.Text.Json;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InnovationAcademy.Bench.LargeSite;

/// <summary>
/// A seeded large site on disk: where its database is and what the load benchmark asks it for. Written as
/// <c>site.json</c> in the site's folder once seeding has finished, so a half-seeded site is never reused.
/// </summary>
public sealed record BenchSite(
    string Provider,
    string ConnectionString,
    string Folder,
    LargeSiteSize Size,
    double SeedSeconds,
    string CourseSlug,
    string LessonPath,
    string QuizPath,
    string TalentQuery)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string ManifestPath(string folder) => Path.Combine(folder, "site.json");

    /// <summary>The site seeded earlier in <paramref name="folder"/> at this size and on this engine, if there is one.</summary>
    public static BenchSite? Find(string folder, LargeSiteSize size, string? postgres)
    {
        var path = ManifestPath(folder);
        if (!File.Exists(path))
        {
            return null;
        }

        var site = JsonSerializer.Deserialize<BenchSite>(File.ReadAllText(path), Json);
        return site is not null && site.Size == size && site.Provider == (postgres is null ? "Sqlite" : "Postgres") ? site : null;
    }

    /// <summary>
    /// Sets a new site up in <paramref name="folder"/> (SQLite) or in the database <c>ia_bench</c> of the server
    /// <paramref name="postgres"/> names, from the sample recipe as an operator would, then adds the large site's rows.
    /// </summary>
    public static async Task<BenchSite> SeedAsync(string folder, LargeSiteSize size, string? postgres, TextWriter log)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var provider = postgres is null ? "Sqlite" : "Postgres";
        var connection = postgres is null
            ? $"Data Source={Path.Combine(folder, "academy.db")}"
            : await NewPostgresDatabaseAsync(postgres, "ia_bench");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var site = new AcademySiteFactory("thinkia-mooc", new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Academy"] = connection,
            ["DataProtection:KeysPath"] = Path.Combine(folder, "keys"),
            ["Media:Path"] = Path.Combine(folder, "media"),
            ["Assignments:Path"] = Path.Combine(folder, "assignments"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        });
        _ = site.Server;
        await log.WriteLineAsync($"  sample site set up from the recipe thinkia-mooc in {watch.Elapsed.TotalSeconds:F1} s");
        await new LargeSiteSeed(site.Services, size, log).RunAsync();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        if (postgres is not null)
        {
            // Fresh statistics, as autovacuum would gather them soon after such a load.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var course = await db.Set<Course>().Where(c => c.Slug == LargeSiteSeed.SampleCourse).SingleAsync();
        var lesson = await db.Set<CourseVersion>().Where(v => v.CourseId == course.Id && v.Published)
            .SelectMany(v => v.Modules).OrderBy(m => m.Position).SelectMany(m => m.Lessons).OrderBy(l => l.Position).Select(l => l.Key).FirstAsync();
        var quiz = await db.Set<Quiz>().Where(q => q.CourseId == course.Id).OrderBy(q => q.TimeLimitMinutes != null).ThenBy(q => q.Id).Select(q => q.Key).FirstAsync();
        var sector = await db.Set<TalentSector>().OrderBy(s => s.Id).Skip(1).Select(s => s.Id).FirstAsync();
        var seeded = new BenchSite(provider, connection, folder, size, Math.Round(watch.Elapsed.TotalSeconds, 1), "curso-0001",
            $"/courses/{course.Slug}/lessons/{lesson}", $"/courses/{course.Slug}/quizzes/{quiz}", $"/talent?q=reposteria&sector={sector}");
        await File.WriteAllTextAsync(ManifestPath(folder), JsonSerializer.Serialize(seeded, Json));
        return seeded;
    }

    private static async Task<string> NewPostgresDatabaseAsync(string server, string name)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
