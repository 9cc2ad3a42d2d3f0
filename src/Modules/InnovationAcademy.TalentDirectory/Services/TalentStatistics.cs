using InnovationAcademy.Core.Data;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>Public entries published in one month, and the directory's size at the end of it.</summary>
internal sealed record MonthlyGrowth(int Year, int Month, int Published, int Total);

/// <summary>The directory in figures for administrators.</summary>
internal sealed record TalentStatisticsReport(
    int Public, int Pending, int ChangesRequested, int Rejected, int Hidden,
    IReadOnlyList<FilterOption> BySector, IReadOnlyList<FilterOption> ByRegion, IReadOnlyList<FilterOption> ByCohort,
    IReadOnlyList<MonthlyGrowth> Growth);

/// <summary>Counts computed from the profiles on every request, a few grouped queries in all.</summary>
internal sealed class TalentStatistics(AcademyDbContext db, TalentDirectoryQuery directory)
{
    public async Task<TalentStatisticsReport> ComputeAsync(CancellationToken cancellationToken = default)
    {
        var profiles = db.Set<TalentProfile>().AsNoTracking();
        var byStatus = await profiles.Where(p => !p.Hidden).GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var hidden = await profiles.CountAsync(p => p.Hidden, cancellationToken);
        var months = await directory.Public().Where(p => p.PublishedUtc != null)
            .GroupBy(p => new { p.PublishedUtc!.Value.Year, p.PublishedUtc.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(cancellationToken);
        var running = 0;
        var growth = months.OrderBy(m => m.Year).ThenBy(m => m.Month)
            .Select(m => new MonthlyGrowth(m.Year, m.Month, m.Count, running += m.Count)).ToList();
        int Count(TalentProfileStatus status) => byStatus.Where(s => s.Key == status).Sum(s => s.Count);
        return new TalentStatisticsReport(
            Count(TalentProfileStatus.Published), Count(TalentProfileStatus.Pending), Count(TalentProfileStatus.ChangesRequested), Count(TalentProfileStatus.Rejected), hidden,
            [.. (await directory.SectorsAsync(cancellationToken)).OrderByDescending(o => o.Count)],
            [.. (await directory.RegionsAsync(cancellationToken)).OrderByDescending(o => o.Count)],
            await directory.CohortsAsync(cancellationToken),
            growth);
    }
}
