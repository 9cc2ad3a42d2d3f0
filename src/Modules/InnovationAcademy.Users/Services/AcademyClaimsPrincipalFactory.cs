using System.Security.Claims;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Users.Services;

/// <summary>Adds the display name to the sign-in cookie, so the header needs no query to greet the user.</summary>
public sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> userManager,
    RoleManager<AcademyRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, AcademyRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
