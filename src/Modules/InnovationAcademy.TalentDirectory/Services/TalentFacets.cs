using InnovationAcademy.Core.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>How many profiles are public, and the directory's filter choices with their counts.</summary>
public sealed record TalentFacetCounts(int Public, IReadOnlyList<FilterOption> Sectors, IReadOnlyList<FilterOption> Regions, IReadOnlyList<FilterOption> Cohorts);

/// <summary>
/// The filters' choices and counts, which take a pass over every public profile, kept in memory: evicted on this node
/// by every change to the directory (<see cref="Changed"/>), and after five minutes on the others.
/// </summary>
public sealed class TalentFacets(TalentDirectoryQuery directory, IMemoryCache cache, ISignal signal)
{
    private const string SignalKey = "talent-directory";
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

    /// <summary>Called by everything that writes profiles or sectors.</summary>
    public static void Changed(ISignal signal) => signal.SignalToken(SignalKey);
}
