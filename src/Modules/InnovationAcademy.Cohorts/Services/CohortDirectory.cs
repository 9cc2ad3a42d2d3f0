using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>The Cohorts module's side of <see cref="ICohortDirectory"/>: cohorts leave it as references, never as entities.</summary>
internal sealed class CohortDirectory(AcademyDbContext db, CohortGraduation graduation) : ICohortDirectory
{
    public Task<CohortRef?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Cohort>().AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new CohortRef(c.Id, c.Slug, c.Name)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, CohortRef>> FindManyAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<int, CohortRef>();
        foreach (var batch in ids.Distinct().Chunk(500))
        {
            foreach (var cohort in await db.Set<Cohort>().AsNoTracking().Where(c => batch.Contains(c.Id))
                .Select(c => new CohortRef(c.Id, c.Slug, c.Name)).ToListAsync(cancellationToken))
            {
                found[cohort.Id] = cohort;
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<CohortRef>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Cohort>().AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id)
            .Select(c => new CohortRef(c.Id, c.Slug, c.Name)).ToListAsync(cancellationToken);

    public Task<CohortRef?> LatestAcceptedAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<CohortApplication>().AsNoTracking()
            .Where(a => a.UserId == userId && a.Status == ApplicationStatus.Accepted)
            .OrderByDescending(a => a.Cohort!.StartsOn).ThenByDescending(a => a.CohortId)
            .Select(a => new CohortRef(a.Cohort!.Id, a.Cohort.Slug, a.Cohort.Name)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> GraduatesAsync(int cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await db.Set<Cohort>().AsNoTracking().Include(c => c.Sessions).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        return cohort is null ? [] : [.. (await graduation.ComputeAsync(cohort, cancellationToken: cancellationToken)).Where(r => r.Graduates).Select(r => r.UserId)];
    }

    public IQueryable<CohortRow> Query() =>
        db.Set<Cohort>().AsNoTracking().Select(c => new CohortRow { Id = c.Id, Slug = c.Slug, Name = c.Name });
}
