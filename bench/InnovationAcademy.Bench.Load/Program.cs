using System.Globalization;
using InnovationAcademy.Bench.LargeSite;
using InnovationAcademy.Bench.Load;

// The load benchmark (bench/README.md; bench/run.sh builds and runs it): seeds the large site or reuses the one seeded
// before, starts the site (published Release build) and the bare-Kestrel reference, signs many learners in, drives wrk
// for each scenario after a warm-up, and prints one table.
var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--web"] = "artifacts/bench/web/InnovationAcademy.Web.dll",
    ["--reference"] = "artifacts/bench/reference/InnovationAcademy.Bench.Reference.dll",
    ["--script"] = "bench/load.lua",
    ["--folder"] = "artifacts/bench/site",
    ["--scale"] = "1",
    ["--duration"] = "20",
    ["--warmup"] = "10",
    ["--connections"] = "64",
    ["--threads"] = "2",
    ["--sessions"] = "256",
    ["--only"] = "",
};
string? postgres = null;
var reseed = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--reseed")
    {
        reseed = true;
    }
    else if (args[i] == "--postgres")
    {
        postgres = args[++i];
    }
    else if (options.ContainsKey(args[i]) && i + 1 < args.Length)
    {
        options[args[i]] = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument {args[i]}. Known: {string.Join(", ", options.Keys)}, --postgres, --reseed.");
        return 2;
    }
}

int Number(string key) => int.Parse(options[key], CultureInfo.InvariantCulture);
var folder = Path.GetFullPath(options["--folder"]);
var size = LargeSiteSize.Scaled(double.Parse(options["--scale"], CultureInfo.InvariantCulture));
var bench = reseed ? null : BenchSite.Find(folder, size, postgres);
if (bench is null)
{
    Console.WriteLine($"Seeding the large site ({size}) on {(postgres is null ? "SQLite" : "PostgreSQL")} …");
    var workingDirectory = Environment.CurrentDirectory;
    Directory.SetCurrentDirectory(AppContext.BaseDirectory);
    bench = await BenchSite.SeedAsync(folder, size, postgres, Console.Out);
    Directory.SetCurrentDirectory(workingDirectory);
    Console.WriteLine($"Seeded in {bench.SeedSeconds:F1} s.");
}
else
{
    Console.WriteLine($"Reusing the large site seeded in {folder} ({bench.SeedSeconds:F1} s to seed; --reseed to seed again).");
}

var siteAddress = new Uri("http://127.0.0.1:5091/");
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Site__BaseUrl"] = siteAddress.ToString(),
    ["Database__Provider"] = bench.Provider,
    ["ConnectionStrings__Academy"] = bench.ConnectionString,
    ["DataProtection__KeysPath"] = Path.Combine(bench.Folder, "keys"),
    ["Media__Path"] = Path.Combine(bench.Folder, "media"),
    ["Assignments__Path"] = Path.Combine(bench.Folder, "assignments"),
    ["Smtp__Host"] = "",
    // Every session signs in from this one address.
    ["RateLimiting__AccountPermitsPerMinute"] = "100000",
    // One line per request on the console would be much of what is measured; operators ship logs elsewhere.
    ["Logging__LogLevel__Default"] = "Warning",
    ["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
};
await using var site = await ServerProcess.StartAsync(Path.GetFullPath(options["--web"]), siteAddress, "/health", environment);
using var http = new HttpClient { BaseAddress = siteAddress };
var catalogBytes = (await http.GetByteArrayAsync("/courses")).Length;
await using var reference = await ServerProcess.StartAsync(Path.GetFullPath(options["--reference"]), new Uri("http://127.0.0.1:5092/"), "/",
    new Dictionary<string, string>(), "--bytes", catalogBytes.ToString(CultureInfo.InvariantCulture));

var scenarios = new[]
{
    Scenario.Reference("reference: bare Kestrel, catalog-sized page"),
    Scenario.Anonymous("anonymous: /courses (catalog)", "/courses"),
    Scenario.Anonymous($"anonymous: /courses/{bench.CourseSlug}", $"/courses/{bench.CourseSlug}"),
    Scenario.Anonymous("anonymous: talent search with a filter", bench.TalentQuery),
    Scenario.Anonymous("anonymous: /api/courses", "/api/courses"),
    Scenario.Learner("learner: lesson page", s => $"{s.Cookie}\t{bench.LessonPath}\t"),
    Scenario.Learner("learner: /my/courses", s => $"{s.Cookie}\t/my/courses\t"),
    Scenario.Learner("learner: quiz page submission (POST)", s => $"{s.Cookie}\t{s.QuizPagePath}\t{s.QuizPageForm}", 302),
}.Where(s => s.OnReference || s.Name.Contains(options["--only"], StringComparison.Ordinal)).ToList();

var sessionCount = Number("--sessions");
var wrk = new Wrk(Path.GetFullPath(options["--script"]), Number("--threads"), Number("--connections"));
var results = new List<Measured>();
foreach (var scenario in scenarios)
{
    IReadOnlyList<LearnerSession> sessions = [];
    if (scenario.SignedIn)
    {
        // Signed in just before: the site re-checks a session's security stamp once a minute and renews its cookie,
        // which a browser keeps and wrk would not; fresh sessions measure what browsers cause.
        Console.WriteLine($"  signing in {sessionCount} learners, each with a quiz attempt open …");
        sessions = await LearnerSessions.SignInAsync(siteAddress, bench, sessionCount);
    }

    var file = Path.Combine(folder, "requests.txt");
    await File.WriteAllLinesAsync(file, scenario.Lines(sessions));
    var target = scenario.OnReference ? reference.Address : site.Address;
    await wrk.RunAsync(target, file, scenario.ExpectedStatus, TimeSpan.FromSeconds(Number("--warmup")));
    var result = await wrk.RunAsync(target, file, scenario.ExpectedStatus, TimeSpan.FromSeconds(Number("--duration")));
    results.Add(new Measured(scenario, result, site.PeakMegabytes()));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scenario.Name}: {result.RequestsPerSecond:N0} requests/s, p99 {result.P99:F1} ms, {result.Errors} errors"));
}

Console.WriteLine();
Console.WriteLine($"{bench.Provider}, {size.Courses:N0} courses, {size.Learners:N0} learners, {size.Learners * size.EnrollmentsPerLearner:N0} enrolments, " +
    $"{size.Cohorts} cohorts, {size.TalentProfiles:N0} talent profiles; {Number("--duration")} s per scenario after {Number("--warmup")} s of warm-up, " +
    $"{Number("--threads")} wrk threads, {sessionCount} signed-in sessions.");
Console.WriteLine(ResultTable.Format(results, Number("--connections")));
if (results.Any(r => r.Result.Errors > 0))
{
    // Errors are counted, never hidden: what the site logged about them.
    Console.WriteLine();
    Console.WriteLine("The site logged:");
    Console.WriteLine(string.Join(Environment.NewLine, site.Output.Split('\n').SkipWhile(l => !l.StartsWith("fail", StringComparison.Ordinal)).Take(40)));
    return 1;
}

return 0;
