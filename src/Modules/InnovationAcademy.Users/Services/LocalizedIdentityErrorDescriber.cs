using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users.Services;

/// <summary>Identity's messages that people meet in forms, in the interface language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> T) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = T["Passwords must be at least {0} characters.", length] };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = T["Passwords must have at least one digit ('0'-'9')."] };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = T["Passwords must have at least one lowercase ('a'-'z')."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = T["Email '{0}' is already taken.", email] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = T["Email '{0}' is invalid.", email ?? ""] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = T["Username '{0}' is already taken.", userName] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = T["Invalid token."] };
}
