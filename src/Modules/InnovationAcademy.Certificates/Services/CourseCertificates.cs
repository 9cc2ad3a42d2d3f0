using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>
/// Course certificates: issued when a learner completes a course that grants one (the <c>CourseCompleted</c>
/// event), and caught up when the learner opens their certificates, in case the event's handling failed.
/// </summary>
internal sealed class CourseCertificates(AcademyDbContext db, ICourseDirectory courses, CourseCompletions completions, CertificateIssuer issuer, CertificateSettingsStore settings)
    : IEnrollmentEventHandler
{
    /// <summary>The event says who completed what and when: nothing of the enrolments' tables is read.</summary>
    public async Task CourseCompletedAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken)
    {
        if (enrollment.CompletedUtc is { } completed)
        {
            await IssueForAsync(new Completion(enrollment.EnrollmentId, enrollment.CourseId, enrollment.UserId, completed), cancellationToken: cancellationToken);
        }
    }

    /// <summary>Issues what the learner's completed courses owe them and they do not have yet.</summary>
    public async Task CatchUpAsync(string userId, CancellationToken cancellationToken = default)
    {
        var held = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.UserId == userId && c.Subject == CertificateSubject.Course)
            .Select(c => c.SubjectId).ToListAsync(cancellationToken);
        foreach (var completion in (await completions.OfUserAsync(userId, cancellationToken)).Where(c => !held.Contains(c.CourseId)))
        {
            await IssueForAsync(completion, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The certificate of a completed course, if the course grants one; null otherwise.</summary>
    public async Task<Certificate?> IssueForAsync(Completion completion, string issuedBy = "completion", CancellationToken cancellationToken = default)
    {
        if (!(await settings.CourseAsync(completion.CourseId, cancellationToken)).Enabled)
        {
            return null;
        }

        if (await courses.CurrentAsync(completion.CourseId, cancellationToken) is not { } version)
        {
            return null;
        }

        var (certificate, _) = await issuer.IssueAsync(
            new IssueRequest(completion.UserId, CertificateSubject.Course, completion.CourseId, version.Title, version.Hours, completion.CompletedUtc, issuedBy), cancellationToken);
        return certificate;
    }
}
