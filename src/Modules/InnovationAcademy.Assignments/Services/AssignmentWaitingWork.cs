using System.Security.Claims;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Assignments.Services;

/// <summary>
/// On the admin dashboard: hand-ins waiting for this person's grade, per course — every course for graders, the
/// assigned ones for reviewers — leaving out those they have already reviewed in this round.
/// </summary>
internal sealed class AssignmentWaitingWork(AcademyDbContext db, AssignmentService assignments, ICourseDirectory courses, IAuthorizationService authorization, IStringLocalizer<AssignmentWaitingWork> T) : IWaitingWorkProvider
{
    public async Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return [];
        }

        var everyCourse = await authorization.AuthorizeAsync(user, Permissions.GradeAssignments);
        var assigned = everyCourse ? [] : await assignments.ReviewedCourseIdsAsync(userId, cancellationToken);
        if (!everyCourse && assigned.Count == 0)
        {
            return [];
        }

        var waiting = await db.Set<Submission>()
            .Where(s => s.Status == SubmissionStatus.Submitted && s.UserId != userId
                && !s.Reviews.Any(r => r.Round == s.Round && r.ReviewerId == userId))
            .Join(db.Set<Assignment>(), s => s.AssignmentId, a => a.Id, (s, a) => a.CourseId)
            .Where(courseId => everyCourse || assigned.Contains(courseId))
            .GroupBy(courseId => courseId).Select(g => new { CourseId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await courses.FindManyAsync(waiting.Select(w => w.CourseId), cancellationToken);
        return [.. waiting.Where(w => names.ContainsKey(w.CourseId)).OrderByDescending(w => w.Count).Select(w =>
        {
            var course = names[w.CourseId];
            var text = w.Count == 1 ? T["1 hand-in to grade in «{0}»", course.Title] : T["{0} hand-ins to grade in «{1}»", w.Count, course.Title];
            return new WaitingWork(text, w.Count, $"/admin/courses/{Uri.EscapeDataString(course.Slug)}/assignments", 10);
        })];
    }
}
