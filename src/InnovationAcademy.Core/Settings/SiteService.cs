using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Settings;

/// <summary>
/// The site's settings, read on every request (theme, default language) and nearly always from memory: the database
/// context is only made on a miss or a change, not for every request that asks.
/// </summary>
internal sealed class SiteService(IServiceProvider services, IMemoryCache cache, ISignal signal, TimeProvider clock) : ISiteService
{
    private const string CacheKey = "site:settings";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    private AcademyDbContext Db => services.GetRequiredService<AcademyDbContext>();

    public async Task<SiteSettings?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null)
        {
            return cached;
        }

        var settings = await Db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is not null)
        {
            cache.Set(CacheKey, settings, new MemoryCacheEntryOptions()
                .SetAbsoluteExpiration(CacheLifetime)
                .AddExpirationToken(signal.GetToken(CacheKey)));
        }

        return settings;
    }

    public async Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default)
    {
        var settings = await Db.Set<SiteSettings>().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings { SetupCompletedUtc = clock.GetUtcNow().UtcDateTime };
            Db.Set<SiteSettings>().Add(settings);
        }

        change(settings);
        await Db.SaveChangesAsync(cancellationToken);
        signal.SignalToken(CacheKey);
    }
}
