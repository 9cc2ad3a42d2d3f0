using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Invites a cohort's graduates (as the cohorts module computes them) to create a profile. Those who already have one
/// are skipped, so pressing the button again only reaches new graduates.
/// </summary>
internal sealed class TalentInvitations(AcademyDbContext db, IUserDirectory users, ICohortDirectory cohorts, IEmailQueue email, ISiteUrls urls, IAuditLog audit)
{
    public async Task<int> InviteGraduatesAsync(CohortRef cohort, string by, CancellationToken cancellationToken = default)
    {
        var graduates = await cohorts.GraduatesAsync(cohort.Id, cancellationToken);
        var listed = await db.Set<TalentProfile>().Where(p => p.OwnerId != null && graduates.Contains(p.OwnerId)).Select(p => p.OwnerId!).ToListAsync(cancellationToken);
        var invite = graduates.Except(listed).ToList();
        var people = (await users.FindManyAsync(invite, cancellationToken)).Values.ToList();
        foreach (var person in people.Where(p => !string.IsNullOrEmpty(p.Email)))
        {
            await email.EnqueueTemplateAsync(person.Email, "talent-invitation", person.Culture, new
            {
                person.DisplayName,
                CohortName = cohort.Name,
                Link = urls.Absolute($"/my/talent?cohort={Uri.EscapeDataString(cohort.Slug)}"),
            }, cancellationToken: cancellationToken);
        }

        audit.Record("talent.invited", cohort.Name, AuditNote.Counted(people.Count, "1 graduate invited by {1}", "{0} graduates invited by {1}", by));
        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }
}
