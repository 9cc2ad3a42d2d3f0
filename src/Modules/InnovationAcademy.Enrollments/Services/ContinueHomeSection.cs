using System.Security.Claims;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Enrollments.Models;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>The home page's "continue where you left off": the learner's unfinished courses, the latest touched first.</summary>
internal sealed class ContinueHomeSection(MyCourses myCourses) : IHomeSection
{
    private const int Shown = 3;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserClaims.IdOf(user) is not { } userId)
        {
            return null;
        }

        var unfinished = (await myCourses.ListAsync(userId, cancellationToken))
            .Where(r => r.Status == EnrollmentStatus.Active && r.CompletedUtc is null)
            .Take(Shown).ToList();
        return unfinished.Count == 0 ? null : new HomeBlock(10, "_HomeContinue", unfinished);
    }
}
