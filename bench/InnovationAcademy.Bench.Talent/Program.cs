using System.Diagnostics;
using System.Globalization;
using InnovationAcademy.Bench.LargeSite;
using InnovationAcademy.Core.Data;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.Testing;
using Microsoft.EntityFrameworkCore;

// Seeds a talent directory of many profiles (one in twenty pending) straight into a fresh site's database (timed, but
// not part of the measurement), then asks the public directory page for searches and filters through the site's own
// HTTP pipeline, in process, one request at a time, and prints p50 and p95 per kind of request. --plans prints the
// SQL and query plans of the filter queries first.
//   dotnet run -c Release --project bench/InnovationAcademy.Bench.Talent -- [--profiles 100000] [--rounds 100] [--plans] [--postgres "Host=…"]
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var profiles = 100_000;
var rounds = 100;
var plans = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--profiles":
            profiles = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--rounds":
            rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--plans":
            plans = true;
            break;
        case "--postgres":
            Environment.SetEnvironmentVariable("ACADEMY_TEST_POSTGRES", args[++i]);
            break;
    }
}

// Logging every request and command to the console would be most of what is measured.
using var site = new AcademySiteFactory("academy-demo", new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft"] = "Warning",
    ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
});
using var client = site.CreateClient();

var seeding = Stopwatch.StartNew();
var sectorIds = await site.WithDbAsync(db => db.Set<TalentSector>().OrderBy(s => s.Id).ToListAsync());
await site.WithDbAsync(async db =>
{
    var bulk = new BulkWriter(db);
    return await bulk.WriteAsync(TalentProfileSeed.Make(profiles, sectorIds, (int)await bulk.NextIdAsync<TalentProfile>()));
});
Console.WriteLine($"Seeded {profiles:N0} profiles in {seeding.Elapsed.TotalSeconds:F1} s ({(site.SqliteConnectionString is null ? "PostgreSQL" : "SQLite")}).");

var sector = sectorIds[1].Id;
(string Name, string Url)[] scenarios =
[
    ("list, first page", "/talent"),
    ("list, page 200", "/talent?page=200"),
    ("search, common word", "/talent?q=reposteria"),
    ("search, two words", "/talent?q=tortas+lima"),
    ("search, rare name", "/talent?q=urdaneta+quispe"),
    ("search, prefix", "/talent?q=peluq"),
    ("filter, sector", $"/talent?sector={sector}"),
    ("filter, region", "/talent?region=Arequipa"),
    ("search + sector + region", $"/talent?q=catering&sector={sector}&region=Lima"),
    ("skill filter", "/talent?skill=barberia"),
    ("search, nothing found", "/talent?q=astronauta"),
    ("open data, search", "/api/talent?q=urdaneta+quispe"),
];

if (plans)
{
    await QueryPlans.PrintAsync(site, new TalentSearch(SectorId: sector));
    await QueryPlans.PrintAsync(site, new TalentSearch(Region: "Arequipa"));
}

// Warm-up: compiled queries, JIT, page cache of the database.
foreach (var (_, url) in scenarios)
{
    for (var i = 0; i < 5; i++)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
    }
}

Console.WriteLine();
Console.WriteLine($"{"request",-28} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"found",8}");
var failed = false;
foreach (var (name, url) in scenarios)
{
    var times = new List<double>(rounds);
    var found = "";
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        times.Add(watch.Elapsed.TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
        {
            failed = true;
        }

        if (i == 0)
        {
            var marker = body.IndexOf("<h2>", StringComparison.Ordinal);
            found = marker < 0 ? "0" : new string(body[(marker + 4)..].TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        }
    }

    times.Sort();
    Console.WriteLine($"{name,-28} {Percentile(times, 50),8:F1} {Percentile(times, 95),8:F1} {times[^1],8:F1} {found,8}");
}

return failed ? 1 : 0;

static double Percentile(List<double> sorted, int percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
