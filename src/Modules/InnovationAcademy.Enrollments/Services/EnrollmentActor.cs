using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Who is making a change: the signed-in user, else the system (a recipe run from the command line).</summary>
public sealed class EnrollmentActor(IHttpContextAccessor httpContextAccessor)
{
    public (string? Id, string Name) Current()
    {
        var user = httpContextAccessor.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "")
            : (null, "system");
    }
}
