using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>Signs a person in by address, for modules that have just proved who they are (setup's first administrator).</summary>
internal sealed class AccountSignIn(UserManager<AcademyUser> users, SignInManager<AcademyUser> signIn)
{
    /// <summary>False when no account has the address.</summary>
    public async Task<bool> SignInAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return false;
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return true;
    }
}
