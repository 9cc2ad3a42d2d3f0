using System.Security.Claims;

namespace InnovationAcademy.Core.Users;

/// <summary>
/// What the sign-in cookie says about the person beyond their id (the Users module writes it), so that a page can
/// greet them and show times in their zone without a query and without knowing the Users module.
/// </summary>
public static class UserClaims
{
    public const string DisplayName = "display_name";

    public const string TimeZone = "time_zone";

    /// <summary>Where dates show for visitors and for people who never chose a time zone.</summary>
    public const string DefaultTimeZone = TimeZoneChoices.SiteDefault;

    public static string? IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string DisplayNameOf(ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? "";

    /// <summary>The person's time zone from their sign-in, else <see cref="DefaultTimeZone"/>.</summary>
    public static TimeZoneInfo TimeZoneOf(ClaimsPrincipal user) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(user.FindFirst(TimeZone)?.Value ?? DefaultTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
