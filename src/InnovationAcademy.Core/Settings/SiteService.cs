using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.Core.Settings;

internal sealed class SiteService(AcademyDbContext db, IMemoryCache cache, ISignal signal, TimeProvider clock) : ISiteService
{
    private const string CacheKey = "site:settings";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    public async Task<SiteSettings?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null)
        {
            return cached;
        }

        var settings = await db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
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
        var settings = await db.Set<SiteSettings>().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings { SetupCompletedUtc = clock.GetUtcNow().UtcDateTime };
            db.Set<SiteSettings>().Add(settings);
        }

        change(settings);
        await db.SaveChangesAsync(cancellationToken);
        signal.SignalToken(CacheKey);
    }
}
