using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Every account, however it is made or changed (registration, sign-ups, administrators, the profile), has a plain
/// e-mail address — "Ana &lt;ana@…&gt;" would pass as a new address and reach someone else's mailbox — and a name that
/// is one line of visible text (<see cref="DisplayNames"/>). Identity runs this on every create and update.
/// </summary>
internal sealed class PlainAccountValidator : IUserValidator<AcademyUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AcademyUser> manager, AcademyUser user)
    {
        var errors = new List<IdentityError>();
        if (user.Email is { } email && !EmailAddress.IsValid(email))
        {
            errors.Add(new IdentityError { Code = "InvalidEmail", Description = "Enter a valid e-mail address." });
        }

        if (!DisplayNames.IsValid(user.DisplayName))
        {
            errors.Add(new IdentityError { Code = "InvalidDisplayName", Description = DisplayNames.Problem });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
