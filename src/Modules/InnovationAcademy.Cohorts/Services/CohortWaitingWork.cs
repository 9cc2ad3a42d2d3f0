using System.Security.Claims;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>On the admin dashboard: cohort sign-ups waiting for a decision, per cohort.</summary>
internal sealed class CohortWaitingWork(AcademyDbContext db, IAuthorizationService authorization, IStringLocalizer<CohortWaitingWork> T) : IWaitingWorkProvider
{
    public async Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(user, Permissions.ManageCohorts))
        {
            return [];
        }

        var pending = await db.Set<CohortApplication>().Where(a => a.Status == ApplicationStatus.Pending)
            .GroupBy(a => a.CohortId).Select(g => new { CohortId = g.Key, Count = g.Count() })
            .Join(db.Set<Cohort>(), p => p.CohortId, c => c.Id, (p, c) => new { c.Slug, c.Name, p.Count })
            .ToListAsync(cancellationToken);
        return [.. pending.OrderByDescending(p => p.Count).Select(p => new WaitingWork(
            p.Count == 1 ? T["1 sign-up to decide in {0}", p.Name] : T["{0} sign-ups to decide in {1}", p.Count, p.Name],
            p.Count, $"/admin/cohorts/{Uri.EscapeDataString(p.Slug)}?status=Pending", 40))];
    }
}
