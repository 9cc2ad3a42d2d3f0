using System.Security.Claims;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Users;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>The home page's "your next live sessions", for someone a cohort has accepted.</summary>
internal sealed class NextSessionsHomeSection(CohortListing listing, TimeProvider clock) : IHomeSection
{
    private const int Shown = 3;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserClaims.IdOf(user) is not { } userId)
        {
            return null;
        }

        var sessions = await listing.NextSessionsAsync(userId, clock.GetUtcNow().UtcDateTime, Shown, cancellationToken);
        return sessions.Count == 0 ? null : new HomeBlock(20, "_HomeNextSessions", sessions);
    }
}

/// <summary>The home page's cohorts open for sign-up, with the way to sign up.</summary>
internal sealed class OpenCohortsHomeSection(CohortListing listing, TimeProvider clock) : IHomeSection
{
    private const int Shown = 3;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = (await listing.CardsAsync(now, cancellationToken)).Where(c => c.OpenOn(now)).OrderBy(c => c.StartsOn).Take(Shown).ToList();
        return open.Count == 0 ? null : new HomeBlock(50, "_HomeOpenCohorts", open);
    }
}
