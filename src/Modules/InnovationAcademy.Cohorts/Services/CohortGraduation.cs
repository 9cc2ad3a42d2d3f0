using InnovationAcademy.Assignments.Services;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// An accepted participant measured against the cohort's rule: sessions attended of those held, required courses
/// completed, and the required assignment (null when the cohort asks for none).
/// </summary>
internal sealed record GraduationRow(
    int ApplicationId, string UserId, string Name, string Email, int Attended, int Held, int CoursesCompleted, int CoursesRequired,
    bool? AssignmentAccepted, bool Graduates, string? CertificateCode)
{
    public bool AttendanceMet(int minPercent) => Held > 0 && Attended * 100 >= minPercent * Held;
}

/// <summary>A self-paced course linked to a cohort, by its published slug and title.</summary>
internal sealed record LinkedCourse(string Slug, string Title, bool Required);

/// <summary>The assignment graduation needs, and the course it belongs to (null while that course is unpublished).</summary>
internal sealed record RequiredAssignment(string Title, string? CourseSlug);

/// <summary>What graduating takes: the share of sessions, the required courses (of those linked) and the assignment.</summary>
internal sealed record GraduationRule(int MinAttendancePercent, IReadOnlyList<LinkedCourse> Courses, int RequiredCourses, RequiredAssignment? Assignment);

/// <summary>
/// Graduation computed from the records: an accepted participant graduates when they attended at least the cohort's
/// share of the sessions held so far, completed every course the cohort requires, and had the required assignment
/// (if any) accepted. Graduates receive the cohort's certificate through the certificates module,
/// once each however often the administrator presses the button.
/// </summary>
internal sealed class CohortGraduation(
    AcademyDbContext db, IUserDirectory users, ICourseDirectory courseDirectory, CourseCompletions completions, AssignmentOutcomes assignments, CohortCertificates cohortCertificates, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Every accepted participant's standing, or only <paramref name="userId"/>'s (their own journey page).</summary>
    public async Task<IReadOnlyList<GraduationRow>> ComputeAsync(Cohort cohort, string? userId = null, CancellationToken cancellationToken = default)
    {
        var held = await HeldQuery(cohort).Select(s => s.Id).ToListAsync(cancellationToken);
        var accepted = await db.Set<CohortApplication>().AsNoTracking()
            .Where(a => a.CohortId == cohort.Id && a.Status == ApplicationStatus.Accepted && (userId == null || a.UserId == userId))
            .Select(a => new { a.Id, a.UserId }).ToListAsync(cancellationToken);
        var people = await users.FindManyAsync(accepted.Select(a => a.UserId), cancellationToken);
        var participants = accepted.Where(a => people.ContainsKey(a.UserId))
            .Select(a => new { a.Id, a.UserId, people[a.UserId].DisplayName, people[a.UserId].Email })
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var applicationIds = participants.Select(p => p.Id).ToList();
        var attended = await db.Set<Attendance>().Where(a => a.Present && held.Contains(a.SessionId) && (userId == null || applicationIds.Contains(a.ApplicationId)))
            .GroupBy(a => a.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var certificates = await cohortCertificates.CodesAsync(cohort.Id, cancellationToken);
        var required = await db.Set<CohortCourse>().AsNoTracking().Where(c => c.CohortId == cohort.Id && c.Required).Select(c => c.CourseId).ToListAsync(cancellationToken);
        var userIds = participants.Select(p => p.UserId).ToList();
        var completed = await completions.CompletedAsync(required, userIds, cancellationToken);
        var assignmentAccepted = cohort.AssignmentCourseId is { } courseId ? await assignments.AcceptedAsync(courseId, userIds, cancellationToken) : null;
        return participants.Select(p =>
        {
            var row = new GraduationRow(p.Id, p.UserId, p.DisplayName, p.Email, attended.GetValueOrDefault(p.Id), held.Count,
                completed[p.UserId].Count(), required.Count, assignmentAccepted?.Contains(p.UserId), Graduates: false, certificates.GetValueOrDefault(p.UserId));
            return row with { Graduates = row.AttendanceMet(cohort.MinAttendancePercent) && row.CoursesCompleted == row.CoursesRequired && row.AssignmentAccepted != false };
        }).ToList();
    }

    /// <summary>The cohort's rule in full, with the titles of the courses and the assignment it names, for pages to state.</summary>
    public async Task<GraduationRule> RuleAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var links = await db.Set<CohortCourse>().AsNoTracking().Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var assignmentCourse = cohort.AssignmentCourseId;
        var titles = await PublishedTitlesAsync([.. links.Select(l => l.CourseId), .. assignmentCourse is { } id ? [id] : Array.Empty<int>()], cancellationToken);
        var courses = links.Where(l => titles.ContainsKey(l.CourseId)).Select(l => new LinkedCourse(titles[l.CourseId].Slug, titles[l.CourseId].Title, l.Required)).ToList();
        var assignment = assignmentCourse is { } courseId ? await assignments.TitleAsync(courseId, cancellationToken) : null;
        return new GraduationRule(cohort.MinAttendancePercent, courses, links.Count(l => l.Required),
            assignment is null ? null : new RequiredAssignment(assignment, titles.TryGetValue(assignmentCourse!.Value, out var course) ? course.Slug : null));
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
        foreach (var graduate in (await ComputeAsync(cohort, cancellationToken: cancellationToken)).Where(r => r.Graduates && r.CertificateCode is null))
        {
            var created = await cohortCertificates.IssueAsync(new CohortGraduate(graduate.UserId, cohort.Id, cohort.Name, cohort.CertificateHours,
                completed < clock.GetUtcNow().UtcDateTime ? completed : clock.GetUtcNow().UtcDateTime, by), cancellationToken);
            issued += created ? 1 : 0;
        }

        audit.Record("cohort.graduates-certified", cohort.Name, AuditNote.Counted(issued, "1 certificate issued by {1}", "{0} certificates issued by {1}", by));
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    /// <summary>The published title and address of each course that has a published version, by id.</summary>
    private async Task<Dictionary<int, CourseRef>> PublishedTitlesAsync(IReadOnlyCollection<int> courseIds, CancellationToken cancellationToken) =>
        (await courseDirectory.FindManyAsync(courseIds, cancellationToken)).Values.Where(c => c.Published).ToDictionary(c => c.Id);
}
