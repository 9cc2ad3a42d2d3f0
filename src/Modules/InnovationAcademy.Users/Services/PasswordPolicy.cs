using System.Collections.Frozen;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Passwords as NIST SP 800-63B asks: long enough (8, or 12 for the roles that run the site), no composition rules,
/// and never one of the passwords people use most — the 30,000 of zxcvbn's list (MIT, shipped in the zxcvbn-core
/// package) and a few Spanish ones of our own — nor the person's own e-mail or name.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AcademyUser>
{
    public const int MinimumLength = 8;
    public const int PrivilegedMinimumLength = 12;
    public const int MaximumLength = 256;

    /// <summary>Roles whose passwords guard everyone else's data.</summary>
    public static readonly IReadOnlySet<string> PrivilegedRoles = new HashSet<string>(StringComparer.Ordinal) { RoleNames.Administrator, RoleNames.CourseAdministrator };

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommonPasswords);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public static int CommonCount => Common.Value.Count;

    public async Task<IdentityResult> ValidateAsync(UserManager<AcademyUser> manager, AcademyUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        var privileged = user.Id is { Length: > 0 } && (await manager.GetRolesAsync(user)).Any(PrivilegedRoles.Contains);
        var minimum = privileged ? PrivilegedMinimumLength : MinimumLength;
        if (password.Length < minimum)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordTooShort",
                Description = privileged ? "Use at least 12 characters: this account runs the site." : "Use at least 8 characters.",
            });
        }
        else if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = "Use at most 256 characters." });
        }
        else if (IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "This password is among the most used ones and easy to guess: choose another." });
        }
        else if (IsPersonal(password, user))
        {
            errors.Add(new IdentityError { Code = "PasswordPersonal", Description = "Do not use your e-mail or your name as password." });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private static bool IsPersonal(string password, AcademyUser user)
    {
        var candidate = password.Trim();
        var email = user.Email ?? "";
        var local = email.Split('@')[0];
        return string.Equals(candidate, email, StringComparison.OrdinalIgnoreCase)
            || (local.Length >= 4 && string.Equals(candidate, local, StringComparison.OrdinalIgnoreCase))
            || string.Equals(candidate, user.DisplayName.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(candidate.Replace(" ", "", StringComparison.Ordinal), user.DisplayName.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var zxcvbn = typeof(Zxcvbn.Zxcvbn).Assembly;
        foreach (var resource in zxcvbn.GetManifestResourceNames().Where(n => n.EndsWith(".passwords.lst", StringComparison.Ordinal)))
        {
            ReadLines(zxcvbn.GetManifestResourceStream(resource)!, words);
        }

        var own = typeof(PasswordPolicy).Assembly;
        foreach (var resource in own.GetManifestResourceNames().Where(n => n.EndsWith("common-passwords-es.txt", StringComparison.Ordinal)))
        {
            ReadLines(own.GetManifestResourceStream(resource)!, words);
        }

        if (words.Count < 10_000)
        {
            throw new InvalidOperationException($"The common-password list holds {words.Count} entries; the zxcvbn-core package's list is missing.");
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void ReadLines(Stream stream, HashSet<string> words)
    {
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }
    }
}
