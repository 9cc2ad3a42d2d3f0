using System.Security.Claims;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>A course as enrolment pages name it: the published title, else the draft's.</summary>
public sealed record CourseRef(int Id, string Slug, string Title, bool Published);

/// <summary>An administration page's course: null when missing or when the user may not manage it.</summary>
public sealed record CourseAccess(CourseRef? Course, bool Allowed)
{
    /// <summary>The answer when <see cref="Course"/> is null: 403 (or sign in) without the permission, else 404.</summary>
    public IActionResult Refusal(ControllerBase controller) => Allowed ? controller.NotFound() : controller.Denied();
}

public sealed class CourseLookup(AcademyDbContext db, IAuthorizationService authorization)
{
    /// <summary>The course of an administration page, for a user who holds <paramref name="permission"/>; existence is not revealed to others.</summary>
    public async Task<CourseAccess> ForAdminAsync(string slug, ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default) =>
        await authorization.AuthorizeAsync(user, permission)
            ? new CourseAccess(await FindAsync(slug, cancellationToken), Allowed: true)
            : new CourseAccess(null, Allowed: false);

    public Task<CourseRef?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.Course.Slug == slug && (v.Published || v.Latest))
            .OrderByDescending(v => v.Published)
            .Select(v => new CourseRef(v.CourseId, v.Course.Slug, v.Title, v.Published))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every course with its current title, for the administrators' overview.</summary>
    public async Task<IReadOnlyList<CourseRef>> AllAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.Published || v.Latest)
            .Select(v => new CourseRef(v.CourseId, v.Course.Slug, v.Title, v.Published))
            .ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.Id).Select(g => g.OrderByDescending(v => v.Published).First())
            .OrderBy(c => c.Title, StringComparer.CurrentCulture).ToList();
    }
}
