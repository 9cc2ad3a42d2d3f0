using InnovationAcademy.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InnovationAcademy.Web;

/// <summary>The database provider choice: SQLite by default, PostgreSQL for production and several nodes.</summary>
public static class DatabaseConfiguration
{
    public const string SqliteMigrations = "InnovationAcademy.Migrations.Sqlite";
    public const string PostgresMigrations = "InnovationAcademy.Migrations.PostgreSql";

    /// <summary>Registers the context; the provider is read from configuration when the first context is made.</summary>
    public static void AddAcademyDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseConnection.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddDbContext<AcademyDbContext>((sp, options) =>
        {
            var connection = sp.GetRequiredService<DatabaseConnection>();

            // Interceptors registered as services (tests count queries with one) join every context.
            options.AddInterceptors(sp.GetServices<IInterceptor>());

            // A page or a limit without an order returns rows in whatever order the database likes, and several
            // collections loaded in one query multiply rows: the tests (Database:StrictQueries) stop at either.
            if (sp.GetRequiredService<IConfiguration>().GetValue<bool>("Database:StrictQueries"))
            {
                options.ConfigureWarnings(warnings => warnings.Throw(
                    CoreEventId.RowLimitingOperationWithoutOrderByWarning,
                    CoreEventId.FirstWithoutOrderByAndFilterWarning,
                    RelationalEventId.MultipleCollectionIncludeWarning));
            }
            // Loading several collections: one query by default (one consistent read, one round trip); the queries
            // whose rows would multiply (an outline's modules and lessons, exports) say AsSplitQuery themselves.
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(connection.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            }
            else
            {
                options.UseSqlite(connection.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                options.AddInterceptors(SqliteTextFunctions.Instance);
            }
        });
    }

    /// <summary>Brings the schema up to date; on SQLite also switches to WAL so readers never wait on a writer.</summary>
    public static async Task MigrateAcademyDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The provider and connection string in force.</summary>
    public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
    {
        public static DatabaseConnection From(IConfiguration configuration, string contentRoot) =>
            configuration.GetDatabaseProvider() == DatabaseProvider.Postgres
                ? new(DatabaseProvider.Postgres, configuration.GetConnectionString("Academy") is { Length: > 0 } postgres
                    ? postgres
                    : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Academy is not set."))
                : new(DatabaseProvider.Sqlite, SqliteConnectionString(configuration, contentRoot));
    }

    /// <summary>Reads <c>Database:Provider</c> (Sqlite, the default, or Postgres).</summary>
    public static DatabaseProvider GetDatabaseProvider(this IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite or Postgres.");
    }

    /// <summary>The SQLite connection string: the configured one, else <c>App_Data/academy.db</c> under <paramref name="contentRoot"/>.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Academy") is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(contentRoot, "App_Data", "academy.db")}");

        // Another process (the recipe command) may write while the site runs: wait for its lock instead of failing.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
