using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>An accepted participant with their attendance and whether it meets the cohort's rule.</summary>
public sealed record GraduationRow(int ApplicationId, string UserId, string Name, string Email, int Attended, int Held, bool Graduates, string? CertificateCode);

/// <summary>
/// Graduation computed from the records: an accepted participant graduates when they attended at least the cohort's
/// share of the sessions held so far. Graduates receive the cohort's certificate through the certificates module,
/// once each however often the administrator presses the button.
/// </summary>
public sealed class CohortGraduation(AcademyDbContext db, CertificateIssuer issuer, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<GraduationRow>> ComputeAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var held = await HeldQuery(cohort).Select(s => s.Id).ToListAsync(cancellationToken);
        var participants = await (from application in db.Set<CohortApplication>()
                                  join user in db.Set<AcademyUser>() on application.UserId equals user.Id
                                  where application.CohortId == cohort.Id && application.Status == ApplicationStatus.Accepted
                                  orderby user.DisplayName
                                  select new { application.Id, application.UserId, user.DisplayName, user.Email }).ToListAsync(cancellationToken);
        var attended = await db.Set<Attendance>().Where(a => a.Present && held.Contains(a.SessionId))
            .GroupBy(a => a.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var certificates = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.Subject == CertificateSubject.Cohort && c.SubjectId == cohort.Id && c.CurrentKey != null)
            .ToDictionaryAsync(c => c.UserId, c => c.Code, cancellationToken);
        return participants.Select(p =>
        {
            var count = attended.GetValueOrDefault(p.Id);
            var graduates = held.Count > 0 && count * 100 >= cohort.MinAttendancePercent * held.Count;
            return new GraduationRow(p.Id, p.UserId, p.DisplayName, p.Email ?? "", count, held.Count, graduates, certificates.GetValueOrDefault(p.UserId));
        }).ToList();
    }

    /// <summary>How many of the cohort's sessions have ended.</summary>
    public Task<int> SessionsHeldAsync(Cohort cohort, CancellationToken cancellationToken = default) => HeldQuery(cohort).CountAsync(cancellationToken);

    private IQueryable<CohortSession> HeldQuery(Cohort cohort)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<CohortSession>().Where(s => s.CohortId == cohort.Id && s.EndsUtc <= now);
    }

    /// <summary>Issues the cohort's certificate to every graduate who has none; returns how many were issued now.</summary>
    public async Task<int> CertifyAsync(Cohort cohort, string by, CancellationToken cancellationToken = default)
    {
        if (cohort.CertificateHours <= 0)
        {
            return 0;
        }

        var issued = 0;
        var completed = cohort.EndsOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        foreach (var graduate in (await ComputeAsync(cohort, cancellationToken)).Where(r => r.Graduates && r.CertificateCode is null))
        {
            var (_, created) = await issuer.IssueAsync(new IssueRequest(graduate.UserId, CertificateSubject.Cohort, cohort.Id, cohort.Name, cohort.CertificateHours,
                completed < clock.GetUtcNow().UtcDateTime ? completed : clock.GetUtcNow().UtcDateTime, by), cancellationToken);
            issued += created ? 1 : 0;
        }

        audit.Record("cohort.graduates-certified", cohort.Name, $"{issued} certificates issued by {by}");
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }
}
