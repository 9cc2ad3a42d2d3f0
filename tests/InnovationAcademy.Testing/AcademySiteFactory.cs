using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InnovationAcademy.Testing;

/// <summary>
/// A fresh site: its own database (a new SQLite file, or a new PostgreSQL database when
/// <c>ACADEMY_TEST_POSTGRES</c> holds a server connection string), set up unattended from a recipe
/// exactly as an operator would with <c>Setup__Recipe</c>. Pass <c>recipe: null</c> for an empty site.
/// </summary>
public class AcademySiteFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.localhost";
    public const string AdminPassword = "admin-password-1";
    public const string DemoPassword = "demo-academia-2026";

    private readonly string? _recipe;
    private readonly string? _postgresDatabase;
    private readonly Dictionary<string, string?> _settings;

    // Every site under test would hold file watchers (configuration reload, the version hashes of static files):
    // with dozens of sites in one run they exhaust the machine's inotify instances (128 by default on Linux) and
    // sites fail to start. Polling watchers need none, and no test edits a file the site watches.
    static AcademySiteFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public AcademySiteFactory() : this("academy-demo")
    {
    }

    public AcademySiteFactory(string? recipe, IDictionary<string, string?>? settings = null)
    {
        _recipe = recipe;
        Folder = Directory.CreateTempSubdirectory("ia-site-").FullName;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["DataProtection:KeysPath"] = Path.Combine(Folder, "keys"),
            ["Media:Path"] = Path.Combine(Folder, "media"),
            ["Assignments:Path"] = Path.Combine(Folder, "assignments"),
            ["RateLimiting:AccountPermitsPerMinute"] = "1000",
            ["RateLimiting:PublicFormPermitsPerMinute"] = "1000",
            ["RateLimiting:VerificationPermitsPerMinute"] = "1000",
            ["Smtp:Host"] = "",
            ["Smtp:PollSeconds"] = "0.3",
            ["Smtp:RetryBaseSeconds"] = "0.5",
            ["Site:BaseUrl"] = "http://localhost",
            ["Database:StrictQueries"] = "true",
        };

        if (PostgresServer is { } server)
        {
            _postgresDatabase = "ia_test_" + Guid.NewGuid().ToString("N")[..16];
            _settings["Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:Academy"] = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ToString();
        }
        else
        {
            _settings["ConnectionStrings:Academy"] = $"Data Source={Path.Combine(Folder, "academy.db")}";
        }

        if (recipe is not null)
        {
            _settings["Setup:Recipe"] = recipe;
            _settings["Setup:SiteName"] = "Academia de pruebas";
            _settings["Setup:AdminEmail"] = AdminEmail;
            _settings["Setup:AdminPassword"] = AdminPassword;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The connection string of a PostgreSQL server to make test databases on, if the run has one.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("ACADEMY_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>A folder of this site's own (SQLite file, keys, exports).</summary>
    public string Folder { get; }

    public string? SqliteConnectionString => _postgresDatabase is null ? _settings["ConnectionStrings:Academy"] : null;

    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>Runs <paramref name="action"/> with a scoped service provider of the site.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<AcademyDbContext, Task<T>> action) =>
        WithScopeAsync(sp => action(sp.GetRequiredService<AcademyDbContext>()));

    /// <summary>The demo learner (alumna@academy.localhost), signed in and enrolled in <paramref name="slugs"/>.</summary>
    public async Task<SiteClient> LearnerAsync(params string[] slugs)
    {
        var learner = CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", DemoPassword);
        foreach (var slug in slugs)
        {
            await learner.EnrolAsync(slug);
        }

        return learner;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public SiteClient CreateSiteClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Counts every SQL command the site runs.</summary>
    public QueryCounter Queries { get; } = new();

    /// <summary>Services a test adds to the site, such as a listener for a module's events.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Queries);
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_postgresDatabase is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the temp folder is cleaned by the OS later.
        }
    }
}
