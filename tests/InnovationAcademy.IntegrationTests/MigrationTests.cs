using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests;

/// <summary>The model and the migrations agree, for the provider this run uses (SQLite, or PostgreSQL in the data run).</summary>
[Trait("Category", "Data")]
public sealed class MigrationTests(MigrationTests.Site site) : IClassFixture<MigrationTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        var pending = await site.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AcademyDbContext>();
            return Task.FromResult(db.Database.HasPendingModelChanges());
        });
        Assert.False(pending, "The model changed: add a migration for SQLite and for PostgreSQL (see docs/architecture.md).");
    }

    [Fact]
    public async Task Every_migration_is_applied_at_start()
    {
        var (applied, all) = await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AcademyDbContext>();
            return ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList());
        });
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }
}

/// <summary>Both providers' migrations match the model, checked without a server.</summary>
public sealed class ProviderMigrationTests(ProviderMigrationTests.Site site) : IClassFixture<ProviderMigrationTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_has_a_migration_for_every_model_change(DatabaseProvider provider)
    {
        var contributors = site.Services.GetServices<IModelContributor>();
        var builder = new DbContextOptionsBuilder<AcademyDbContext>();
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql("Host=unused;Database=unused", o => o.MigrationsAssembly(Web.DatabaseConfiguration.PostgresMigrations));
        }
        else
        {
            builder.UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(Web.DatabaseConfiguration.SqliteMigrations));
        }

        using var db = new AcademyDbContext(builder.Options, contributors);
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed: add a {provider} migration (see docs/architecture.md).");
    }
}
