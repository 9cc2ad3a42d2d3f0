using System.Security.Claims;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// An administrator's or course administrator's password must have 12 characters, but a person promoted to those
/// roles may have chosen a shorter one before, and only its hash is kept. So the promotion marks the account (a claim);
/// a marked person can do nothing but choose a new password, until a sign-in with a password long enough (or a new
/// one) removes the mark. A sign-in by e-mailed link proves nothing about the password and leaves the mark.
/// </summary>
internal sealed class PasswordUpgrade(UserManager<AcademyUser> users)
{
    public const string Claim = "academy:password-upgrade";

    /// <summary>The page where a marked person chooses the new password.</summary>
    public const string Page = "/account/profile/password";

    public static bool IsRequired(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == Claim);

    /// <summary>At a sign-in with the right password: marks an administrator's account if that password is below the rule, unmarks it otherwise.</summary>
    public async Task CheckAtSignInAsync(AcademyUser user, string password)
    {
        var policy = users.PasswordValidators.OfType<PasswordPolicy>().FirstOrDefault();
        var privileged = (await users.GetRolesAsync(user)).Any(PasswordPolicy.PrivilegedRoles.Contains);
        var fallsShort = privileged && policy is not null && !(await policy.ValidateAsync(users, user, password)).Succeeded;
        await MarkAsync(user, fallsShort);
    }

    /// <summary>Marks or unmarks the account (a new password that passed the rule unmarks it).</summary>
    public async Task MarkAsync(AcademyUser user, bool required)
    {
        var marked = (await users.GetClaimsAsync(user)).Where(c => c.Type == Claim).ToList();
        if (required && marked.Count == 0)
        {
            await users.AddClaimAsync(user, new Claim(Claim, "1"));
        }
        else if (!required && marked.Count > 0)
        {
            await users.RemoveClaimsAsync(user, marked);
        }
    }
}
