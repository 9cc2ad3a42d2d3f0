using System.Security.Claims;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// An administrator's or course administrator's password must have 12 characters, but a person promoted to those
/// roles may have chosen a shorter one before: only its hash is kept, so its length is learnt at the next sign-in.
/// Then the person is marked (a claim on the account) and can do nothing but choose a new password.
/// </summary>
public sealed class PasswordUpgrade(UserManager<AcademyUser> users)
{
    public const string Claim = "academy:password-upgrade";

    /// <summary>The page where a marked person chooses the new password.</summary>
    public const string Page = "/account/profile/password";

    public static bool IsRequired(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == Claim);

    /// <summary>At a sign-in with the right password: marks the account if that password is below its roles' rule, unmarks it otherwise.</summary>
    public async Task CheckAtSignInAsync(AcademyUser user, string password)
    {
        var policy = users.PasswordValidators.OfType<PasswordPolicy>().FirstOrDefault();
        var fallsShort = policy is not null && !(await policy.ValidateAsync(users, user, password)).Succeeded;
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
