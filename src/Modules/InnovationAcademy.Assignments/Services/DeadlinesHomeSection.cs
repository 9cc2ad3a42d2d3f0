using System.Security.Claims;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>A final assignment still to hand in, with its deadline.</summary>
internal sealed record Deadline(string CourseSlug, string CourseTitle, string AssignmentTitle, DateTime DueUtc, bool Rework);

/// <summary>
/// The home page's deadlines: the final assignments of the learner's unfinished courses that are due and not handed
/// in (or sent back for rework), the soonest first.
/// </summary>
internal sealed class DeadlinesHomeSection(AcademyDbContext db, CourseCompletions enrolments, ICourseDirectory courses, TimeProvider clock) : IHomeSection
{
    private const int Shown = 3;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserClaims.IdOf(user) is not { } userId)
        {
            return null;
        }

        var courseIds = await enrolments.UnfinishedAsync(userId, cancellationToken);
        if (courseIds.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Assignment>().AsNoTracking()
            .Where(a => courseIds.Contains(a.CourseId) && a.DueUtc > now)
            .Select(a => new
            {
                a.CourseId,
                a.Title,
                DueUtc = a.DueUtc!.Value,
                Status = db.Set<Submission>().Where(s => s.AssignmentId == a.Id && s.UserId == userId).Select(s => (SubmissionStatus?)s.Status).FirstOrDefault(),
            })
            .Where(a => a.Status == null || a.Status == SubmissionStatus.NeedsRework)
            .OrderBy(a => a.DueUtc).Take(Shown)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return null;
        }

        var titles = await courses.PublishedManyAsync(due.Select(d => d.CourseId), cancellationToken);
        var deadlines = due.Where(d => titles.ContainsKey(d.CourseId))
            .Select(d => new Deadline(titles[d.CourseId].Slug, titles[d.CourseId].Title, d.Title, d.DueUtc, d.Status == SubmissionStatus.NeedsRework))
            .ToList();
        return deadlines.Count == 0 ? null : new HomeBlock(30, "_HomeDeadlines", deadlines);
    }
}
