using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>Cohorts with what their pages show: programme, sessions in order, partners and referral codes.</summary>
internal sealed class CohortCatalog(AcademyDbContext db)
{
    public Task<Cohort?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Cohort>().AsNoTracking()
            .Include(c => c.Programme)
            .Include(c => c.Sessions.OrderBy(s => s.StartsUtc)).ThenInclude(s => s.HostPartner)
            .Include(c => c.Partners.OrderBy(p => p.Name))
            .Include(c => c.ReferralCodes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    /// <summary>Every cohort with its programme, newest first, and how many signed up and were accepted.</summary>
    public async Task<IReadOnlyList<(Cohort Cohort, int SignUps, int Accepted)>> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var cohorts = await db.Set<Cohort>().AsNoTracking().Include(c => c.Programme)
            .OrderByDescending(c => c.StartsOn).ToListAsync(cancellationToken);
        var counts = await db.Set<CohortApplication>().AsNoTracking().GroupBy(a => a.CohortId)
            .Select(g => new { g.Key, SignUps = g.Count(), Accepted = g.Count(a => a.Status == ApplicationStatus.Accepted) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return cohorts.Select(c => (c, counts.TryGetValue(c.Id, out var n) ? n.SignUps : 0, counts.TryGetValue(c.Id, out var m) ? m.Accepted : 0)).ToList();
    }
}
