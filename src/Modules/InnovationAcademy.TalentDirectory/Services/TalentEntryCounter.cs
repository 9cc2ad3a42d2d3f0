using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>Cohort reports' talent figure: the public profiles (published and not hidden) owned by the given people.</summary>
internal sealed class TalentEntryCounter(AcademyDbContext db) : ITalentEntryCounter
{
    public Task<int> CountAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        db.Set<TalentProfile>().CountAsync(p => p.OwnerId != null && userIds.Contains(p.OwnerId) && p.Status == TalentProfileStatus.Published && !p.Hidden, cancellationToken);
}
