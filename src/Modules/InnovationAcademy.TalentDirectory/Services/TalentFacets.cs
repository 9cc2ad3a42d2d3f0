using InnovationAcademy.Core.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>How many profiles are public, and the directory's filter choices with their counts.</summary>
internal sealed record TalentFacetCounts(int Public, IReadOnlyList<FilterOption> Sectors, IReadOnlyList<FilterOption> Regions, IReadOnlyList<FilterOption> Cohorts);

/// <summary>
/// The filters' choices and counts, which take a pass over every public profile, kept in memory until the directory
/// changes (<see cref="TalentDirectoryChanges"/>, on every node) or for five minutes at most.
/// </summary>
internal sealed class TalentFacets(TalentDirectoryQuery directory, IMemoryCache cache, ISignal signal)
{
    public const string SignalKey = "talent-directory";
    private static readonly object CacheKey = new();

    public async Task<TalentFacetCounts> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out TalentFacetCounts? cached) && cached is not null)
        {
            return cached;
        }

        var counts = new TalentFacetCounts(
            await directory.PublicCountAsync(cancellationToken),
            await directory.SectorsAsync(cancellationToken),
            await directory.RegionsAsync(cancellationToken),
            await directory.CohortsAsync(cancellationToken));
        cache.Set(CacheKey, counts, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) }.AddExpirationToken(signal.GetToken(SignalKey)));
        return counts;
    }
}
