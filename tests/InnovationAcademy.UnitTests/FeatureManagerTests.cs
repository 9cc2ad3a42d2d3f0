using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>Enabling brings dependencies along; a feature others need is not disabled alone.</summary>
public sealed class FeatureManagerTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly AcademyDbContext _db;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly Signal _signal = new(new LocalClusterEvents());
    private readonly ServiceProvider _services;
    private readonly FeatureManager _features;

    public FeatureManagerTests()
    {
        _connection.Open();
        _db = new AcademyDbContext(new DbContextOptionsBuilder<AcademyDbContext>().UseSqlite(_connection).Options, [new CoreModelContributor()]);
        _db.Database.EnsureCreated();
        var catalog = new ModuleCatalog(
        [
            ModuleCatalogTests.Module("Courses"),
            ModuleCatalogTests.Module("Enrollments", "Courses"),
            ModuleCatalogTests.Module("Certificates", "Enrollments"),
            ModuleCatalogTests.Module("Surveys"),
            new ModuleDescriptor("Users", "Users", "", "Security", [], AlwaysEnabled: true, Assembly: null),
        ]);
        _services = new ServiceCollection()
            .AddSingleton(_db)
            .AddSingleton<IAuditLog>(new AuditLog(_db, new HttpContextAccessor(), TimeProvider.System))
            .BuildServiceProvider();
        _features = new FeatureManager(_services, catalog, _cache, _signal, TimeProvider.System);
    }

    [Fact]
    public async Task Always_enabled_modules_are_on_from_the_start()
    {
        Assert.Equal(["Users"], await _features.GetEnabledAsync());
    }

    [Fact]
    public async Task Enabling_a_feature_enables_what_it_depends_on()
    {
        var added = await _features.EnableAsync(["Certificates"]);
        Assert.Equal(["Courses", "Enrollments", "Certificates"], added);
        Assert.Equal(["Certificates", "Courses", "Enrollments", "Users"], (await _features.GetEnabledAsync()).Order());
        Assert.Equal(3, await _db.Set<AuditEntry>().CountAsync(e => e.Action == "feature.enabled"));
    }

    [Fact]
    public async Task A_feature_that_an_enabled_feature_needs_cannot_be_disabled_alone()
    {
        await _features.EnableAsync(["Certificates"]);
        var error = await Assert.ThrowsAsync<FeatureChangeException>(() => _features.DisableAsync(["Courses"]));
        Assert.Contains("needed by Enrollments, Certificates", error.Message, StringComparison.Ordinal);
        Assert.Contains("Courses", await _features.GetEnabledAsync());

        var disabled = await _features.DisableAsync(["Courses", "Enrollments", "Certificates"]);
        Assert.Equal(3, disabled.Count);
        Assert.Equal(["Users"], await _features.GetEnabledAsync());
    }

    [Fact]
    public async Task Always_enabled_and_unknown_features_are_refused()
    {
        await Assert.ThrowsAsync<FeatureChangeException>(() => _features.DisableAsync(["Users"]));
        await Assert.ThrowsAsync<FeatureChangeException>(() => _features.EnableAsync(["Nope"]));
        await Assert.ThrowsAsync<FeatureChangeException>(() => _features.DisableAsync(["Nope"]));
    }

    public void Dispose()
    {
        _services.Dispose();
        _db.Dispose();
        _connection.Dispose();
        _cache.Dispose();
        _signal.Dispose();
    }
}
