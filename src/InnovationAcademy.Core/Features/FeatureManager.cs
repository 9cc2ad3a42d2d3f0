using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Features;

/// <summary>
/// Enabled features, asked on every request by the feature gate and nearly always answered from memory: the database
/// context is only made on a miss or a change.
/// </summary>
internal sealed class FeatureManager(
    IServiceProvider services,
    ModuleCatalog catalog,
    IMemoryCache cache,
    ISignal signal,
    TimeProvider clock) : IFeatureManager
{
    private const string CacheKey = "features:enabled";

    // Every node hears of a change at once (ISignal); this bounds how stale a node can be if that message is lost.
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    private AcademyDbContext Db => services.GetRequiredService<AcademyDbContext>();

    private IAuditLog Audit => services.GetRequiredService<IAuditLog>();

    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlySet<string>? cached) && cached is not null)
        {
            return cached;
        }

        var stored = await Db.Set<FeatureState>().AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);
        var enabled = stored
            .Where(id => catalog.Find(id) is not null)
            .Concat(catalog.Modules.Where(m => m.AlwaysEnabled).Select(m => m.Id))
            .ToHashSet(StringComparer.Ordinal);

        cache.Set(CacheKey, (IReadOnlySet<string>)enabled, new MemoryCacheEntryOptions()
            .SetAbsoluteExpiration(CacheLifetime)
            .AddExpirationToken(signal.GetToken(CacheKey)));
        return enabled;
    }

    public async Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default) =>
        (await GetEnabledAsync(cancellationToken)).Contains(featureId);

    public async Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in featureIds)
        {
            _ = catalog.Find(id) ?? throw new FeatureChangeException($"There is no feature '{id}'.");
            wanted.UnionWith(catalog.WithDependencies(id));
        }

        var stored = await Db.Set<FeatureState>().Select(f => f.Id).ToListAsync(cancellationToken);
        var added = catalog.Modules.Select(m => m.Id).Where(id => wanted.Contains(id) && !stored.Contains(id)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in added)
        {
            Db.Set<FeatureState>().Add(new FeatureState { Id = id, EnabledUtc = now });
            Audit.RecordOnPlatformPart("feature.enabled", catalog.Find(id)!.Name);
        }

        await Db.SaveChangesAsync(cancellationToken);
        signal.SignalToken(CacheKey);
        return added;
    }

    public async Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var requested = featureIds.ToHashSet(StringComparer.Ordinal);
        var enabled = await GetEnabledAsync(cancellationToken);
        foreach (var id in requested)
        {
            var module = catalog.Find(id) ?? throw new FeatureChangeException($"There is no feature '{id}'.");
            if (module.AlwaysEnabled)
            {
                throw new FeatureChangeException($"'{module.Name}' is always enabled: the site cannot run without it.");
            }

            var neededBy = catalog.Dependents(id).Where(d => enabled.Contains(d) && !requested.Contains(d)).ToList();
            if (neededBy.Count > 0)
            {
                var names = string.Join(", ", neededBy.Select(d => catalog.Find(d)!.Name));
                throw new FeatureChangeException($"'{module.Name}' is needed by {names}: disable those first.");
            }
        }

        var rows = await Db.Set<FeatureState>().Where(f => requested.Contains(f.Id)).ToListAsync(cancellationToken);
        Db.Set<FeatureState>().RemoveRange(rows);
        foreach (var row in rows)
        {
            Audit.RecordOnPlatformPart("feature.disabled", catalog.Find(row.Id)?.Name ?? row.Id);
        }

        await Db.SaveChangesAsync(cancellationToken);
        signal.SignalToken(CacheKey);
        return rows.Select(r => r.Id).ToList();
    }
}
