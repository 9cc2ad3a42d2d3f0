using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>
/// Course certificates: issued when a learner completes a course that grants one (the <c>CourseCompleted</c>
/// event), and caught up when the learner opens their certificates, in case the event's handling failed.
/// </summary>
public sealed class CourseCertificates(AcademyDbContext db, CertificateIssuer issuer, CertificateSettingsStore settings)
    : IEnrollmentEventHandler
{
    public async Task CourseCompletedAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken)
    {
        await IssueForAsync(enrollment.EnrollmentId, cancellationToken: cancellationToken);
    }

    /// <summary>Issues what the learner's completed courses owe them and they do not have yet.</summary>
    public async Task CatchUpAsync(string userId, CancellationToken cancellationToken = default)
    {
        var owed = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.CompletedUtc != null
                && !db.Set<Certificate>().Any(c => c.UserId == userId && c.Subject == CertificateSubject.Course && c.SubjectId == e.CourseId))
            .Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in owed)
        {
            await IssueForAsync(id, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The certificate of a completed enrolment, if the course grants one; null otherwise.</summary>
    public async Task<Certificate?> IssueForAsync(int enrollmentId, string issuedBy = "completion", CancellationToken cancellationToken = default)
    {
        var enrollment = await db.Set<Enrollment>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        if (enrollment?.CompletedUtc is not { } completed || !(await settings.CourseAsync(enrollment.CourseId, cancellationToken)).Enabled)
        {
            return null;
        }

        var version = await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.CourseId == enrollment.CourseId && (v.Published || v.Latest))
            .OrderByDescending(v => v.Published).FirstAsync(cancellationToken);
        var (certificate, _) = await issuer.IssueAsync(
            new IssueRequest(enrollment.UserId, CertificateSubject.Course, enrollment.CourseId, version.Title, version.Hours, completed, issuedBy), cancellationToken);
        return certificate;
    }
}
