using System.Security.Claims;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Enrollments.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>
/// The signed-in user's enrolment in a course, looked up once per request however many parts of the page
/// ask (the lesson gate, the progress panel, the outline's ticks).
/// </summary>
internal sealed class LearnerEnrollments(AcademyDbContext db, IAuthorizationService authorization)
{
    private readonly Dictionary<(int, string), Enrollment?> cache = [];

    /// <summary>Course staff open every lesson to check it, enrolled or not.</summary>
    public async Task<bool> IsStaffAsync(ClaimsPrincipal user) =>
        await authorization.AuthorizeAsync(user, Courses.Permissions.ManageCourses)
        || await authorization.AuthorizeAsync(user, Permissions.ManageEnrollments);

    /// <summary>The user's enrolment with the lessons done, untracked; null for visitors and the never enrolled.</summary>
    public async Task<Enrollment?> FindAsync(int courseId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null)
        {
            return null;
        }

        if (!cache.TryGetValue((courseId, userId), out var enrollment))
        {
            enrollment = await db.Set<Enrollment>().AsNoTracking().Include(e => e.Lessons)
                .FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
            cache[(courseId, userId)] = enrollment;
        }

        return enrollment;
    }
}
