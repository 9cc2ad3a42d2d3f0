using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>The administrators' lists: the moderation queue first, then every profile by state, searchable.</summary>
internal sealed class TalentAdminQueries(AcademyDbContext db)
{
    public const int PageSize = 50;

    public async Task<Page<TalentProfile>> ListAsync(TalentProfileStatus? status, bool hiddenOnly, string? query, int page, CancellationToken cancellationToken = default)
    {
        var profiles = db.Set<TalentProfile>().AsNoTracking().Include(p => p.Sector).AsQueryable();
        profiles = hiddenOnly ? profiles.Where(p => p.Hidden) : status is { } s ? profiles.Where(p => p.Status == s && !p.Hidden) : profiles;
        // Every state, so not the public full-text index: a scan of the folded text, fine for the moderators' lists.
        foreach (var word in TextFolding.Words(query))
        {
            profiles = profiles.Where(p => p.SearchText.Contains(word));
        }

        var total = await profiles.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        // The queue is worked oldest first; other lists show the latest changes first.
        var ordered = status == TalentProfileStatus.Pending ? profiles.OrderBy(p => p.UpdatedUtc) : profiles.OrderByDescending(p => p.UpdatedUtc);
        var items = await ordered.ThenBy(p => p.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<TalentProfile>(items, number, PageSize, total);
    }

    /// <summary>How many profiles each tab holds: the states (hidden ones apart) and "Hidden".</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Set<TalentProfile>().GroupBy(p => new { p.Status, p.Hidden }).Select(g => new { g.Key.Status, g.Key.Hidden, Count = g.Count() }).ToListAsync(cancellationToken);
        var result = Enum.GetValues<TalentProfileStatus>().ToDictionary(s => s.ToString(), s => counts.Where(c => c.Status == s && !c.Hidden).Sum(c => c.Count));
        result["Hidden"] = counts.Where(c => c.Hidden).Sum(c => c.Count);
        return result;
    }
}
