using System.Security.Claims;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Adds the display name and time zone to the sign-in cookie, so the header needs no query to greet the user
/// and dates show in the user's own time without one either.
/// </summary>
internal sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> userManager,
    RoleManager<AcademyRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, AcademyRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(UserClaims.TimeZone, user.TimeZoneId));
        return identity;
    }
}
