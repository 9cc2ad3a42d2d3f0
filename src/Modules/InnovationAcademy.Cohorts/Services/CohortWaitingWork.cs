using System.Security.Claims;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>On the admin dashboard, per cohort: sign-ups waiting for a decision, and e-mails not delivered.</summary>
internal sealed class CohortWaitingWork(
    AcademyDbContext db,
    IUndeliveredEmails undelivered,
    IAuthorizationService authorization,
    IStringLocalizer<CohortWaitingWork> T) : IWaitingWorkProvider
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
        var work = pending.OrderByDescending(p => p.Count).Select(p => new WaitingWork(
            p.Count == 1 ? T["1 sign-up to decide in {0}", p.Name] : T["{0} sign-ups to decide in {1}", p.Count, p.Name],
            p.Count, $"/admin/cohorts/{Uri.EscapeDataString(p.Slug)}?status=Pending", 40)).ToList();

        var failed = (await undelivered.CountAsync(EmailAbout.CohortPrefix, cancellationToken))
            .Select(p => (CohortId: EmailAbout.IdOf(p.Key, EmailAbout.CohortPrefix) ?? 0, Count: p.Value))
            .Where(p => p.CohortId > 0)
            .ToList();
        if (failed.Count > 0)
        {
            var ids = failed.Select(p => p.CohortId).ToList();
            var cohorts = await db.Set<Cohort>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.Slug, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
            work.AddRange(failed.Where(p => cohorts.ContainsKey(p.CohortId)).OrderByDescending(p => p.Count).Select(p => new WaitingWork(
                p.Count == 1 ? T["1 e-mail about {0} was not delivered", cohorts[p.CohortId].Name] : T["{0} e-mails about {1} were not delivered", p.Count, cohorts[p.CohortId].Name],
                p.Count, $"/admin/cohorts/{Uri.EscapeDataString(cohorts[p.CohortId].Slug)}#undelivered", 55)));
        }

        return work;
    }
}
