using System.Security.Claims;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Adds the display name and time zone to the sign-in cookie, so the header needs no query to greet the user
/// and dates show in the user's own time without one either.
/// </summary>
public sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> userManager,
    RoleManager<AcademyRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, AcademyRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";
    public const string TimeZoneClaim = "time_zone";

    /// <summary>Where dates show for visitors and users who never chose a time zone.</summary>
    public const string DefaultTimeZone = "Europe/Madrid";

    /// <summary>The user's time zone from their sign-in, else <see cref="DefaultTimeZone"/>.</summary>
    public static TimeZoneInfo TimeZoneOf(ClaimsPrincipal user) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(user.FindFirst(TimeZoneClaim)?.Value ?? DefaultTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(TimeZoneClaim, user.TimeZoneId));
        return identity;
    }
}
