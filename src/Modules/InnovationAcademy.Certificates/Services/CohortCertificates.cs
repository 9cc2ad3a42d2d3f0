using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>Someone who graduated from a cohort, with what the certificate states.</summary>
public sealed record CohortGraduate(string UserId, int CohortId, string CohortName, decimal Hours, DateTime CompletedUtc, string IssuedBy);

/// <summary>
/// Cohort certificates, as the Cohorts module asks for them: which graduates hold one, and issuing one. The
/// certificates' tables and entities stay here.
/// </summary>
public sealed class CohortCertificates(AcademyDbContext db, CertificateIssuer issuer)
{
    /// <summary>The code of each current certificate of the cohort, by its holder's id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CodesAsync(int cohortId, CancellationToken cancellationToken = default) =>
        await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.Subject == CertificateSubject.Cohort && c.SubjectId == cohortId && c.CurrentKey != null)
            .ToDictionaryAsync(c => c.UserId, c => c.Code, cancellationToken);

    /// <summary>Issues the graduate's certificate; false when they already held it (a second node, a double click).</summary>
    public async Task<bool> IssueAsync(CohortGraduate graduate, CancellationToken cancellationToken = default)
    {
        var (_, created) = await issuer.IssueAsync(
            new IssueRequest(graduate.UserId, CertificateSubject.Cohort, graduate.CohortId, graduate.CohortName, graduate.Hours, graduate.CompletedUtc, graduate.IssuedBy),
            cancellationToken);
        return created;
    }
}
