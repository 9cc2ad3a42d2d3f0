using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>One row of a learner's dashboard.</summary>
internal sealed record MyCourseRow(
    string Slug,
    string Title,
    EnrollmentStatus Status,
    int ProgressPercent,
    DateTime? CompletedUtc,
    DateTime? LastActivityUtc,
    int? WaitingPosition);

/// <summary>The learner's courses, in a fixed number of queries however many they take.</summary>
internal sealed class MyCourses(AcademyDbContext db, ICourseDirectory courses)
{
    public async Task<IReadOnlyList<MyCourseRow>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var enrollments = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.Status != EnrollmentStatus.Rejected)
            .Select(e => new { e.Id, e.CourseId, e.Status, e.ProgressPercent, e.CompletedUtc, e.LastActivityUtc, e.RequestedUtc })
            .ToListAsync(cancellationToken);
        if (enrollments.Count == 0)
        {
            return [];
        }

        var courseIds = enrollments.Select(e => e.CourseId).ToList();
        // "Continue" is a link to the course's continue address, which works out the next step when it is followed.
        var outlines = (await courses.PublishedManyAsync(courseIds, cancellationToken))
            .ToDictionary(p => p.Key, p => (p.Value.Slug, p.Value.Title));

        // The place in line of each waiting enrolment: those of the same course that asked earlier, plus one.
        var waitingCourses = enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted).Select(e => e.CourseId).ToList();
        var queue = waitingCourses.Count == 0 ? [] : await db.Set<Enrollment>().AsNoTracking()
            .Where(e => waitingCourses.Contains(e.CourseId) && e.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(e => e.RequestedUtc).ThenBy(e => e.Id)
            .Select(e => new { e.CourseId, e.Id })
            .ToListAsync(cancellationToken);

        var rows = new List<MyCourseRow>();
        foreach (var enrollment in enrollments)
        {
            if (!outlines.TryGetValue(enrollment.CourseId, out var outline))
            {
                continue; // Unpublished since: nothing to open.
            }

            int? position = enrollment.Status == EnrollmentStatus.Waitlisted
                ? queue.Where(q => q.CourseId == enrollment.CourseId).Select(q => q.Id).ToList().IndexOf(enrollment.Id) + 1
                : null;
            rows.Add(new MyCourseRow(outline.Slug, outline.Title, enrollment.Status, enrollment.ProgressPercent, enrollment.CompletedUtc,
                enrollment.LastActivityUtc, position));
        }

        return rows.OrderByDescending(r => r.Status == EnrollmentStatus.Active).ThenByDescending(r => r.LastActivityUtc).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
    }
}
