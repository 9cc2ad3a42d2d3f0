using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// Whether the header shows "My journey": from the moment someone signs up to a cohort. The menu is on every page, so
/// the answer is kept in memory — a yes for an hour (sign-ups are not undone), a no for a minute, and forgotten at
/// once on the node that takes a sign-up.
/// </summary>
internal sealed class JourneyMenu(CohortListing listing, IMemoryCache cache)
{
    public async Task<bool> ShownToAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var key = Key(userId);
        if (cache.TryGetValue(key, out bool shown))
        {
            return shown;
        }

        shown = await listing.HasJourneyAsync(userId, cancellationToken);
        cache.Set(key, shown, shown ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(1));
        return shown;
    }

    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "journey-menu:" + userId;
}
