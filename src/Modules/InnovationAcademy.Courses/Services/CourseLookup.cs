using System.Security.Claims;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Courses.Services;

/// <summary>An administration page's course: null when missing or when the user may not manage it.</summary>
public sealed record CourseAccess(CourseRef? Course, bool Allowed)
{
    /// <summary>The answer when <see cref="Course"/> is null: 403 (or sign in) without the permission, else 404.</summary>
    public IActionResult Refusal(ControllerBase controller) => Allowed ? controller.NotFound() : controller.Denied();
}

/// <summary>The course of a page under <c>/admin/courses/{slug}/…</c>, whichever module draws the page.</summary>
public sealed class CourseLookup(ICourseDirectory courses, IAuthorizationService authorization)
{
    /// <summary>The course of an administration page, for a user who holds <paramref name="permission"/>; existence is not revealed to others.</summary>
    public async Task<CourseAccess> ForAdminAsync(string slug, ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default) =>
        await authorization.AuthorizeAsync(user, permission)
            ? new CourseAccess(await courses.FindAsync(slug, cancellationToken), Allowed: true)
            : new CourseAccess(null, Allowed: false);

    public Task<CourseRef?> FindAsync(string slug, CancellationToken cancellationToken = default) => courses.FindAsync(slug, cancellationToken);

    /// <summary>Every course with its current title, for the administrators' overview.</summary>
    public Task<IReadOnlyList<CourseRef>> AllAsync(CancellationToken cancellationToken = default) => courses.AllAsync(cancellationToken);
}
