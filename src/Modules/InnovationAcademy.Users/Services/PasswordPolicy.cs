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
internal sealed partial class PasswordPolicy : IPasswordValidator<AcademyUser>
{
    public const int MinimumLength = 8;
    public const int PrivilegedMinimumLength = 12;
    public const int MaximumLength = 256;

    /// <summary>Roles whose passwords guard everyone else's data.</summary>
    public static readonly IReadOnlySet<string> PrivilegedRoles = new HashSet<string>(StringComparer.Ordinal) { RoleNames.Administrator, RoleNames.CourseAdministrator };

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommonPasswords);

    /// <summary>
    /// Among the most used, compared as typed without spaces around, invisible characters or width variants; or
    /// one character repeated, or a run like "12345678", "abcdefgh", "87654321" or "12341234".
    /// </summary>
    public static bool IsCommon(string password)
    {
        var plain = Invisible().Replace(password.Normalize(System.Text.NormalizationForm.FormKC), "").Trim();
        return Common.Value.Contains(plain) || IsRunOrRepeat(plain.ToLowerInvariant());
    }

    private static bool IsRunOrRepeat(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        // A short pattern repeated ("12121212", "12341234", "abcabcab").
        for (var period = 1; period <= 4 && period < text.Length; period++)
        {
            if (Enumerable.Range(period, text.Length - period).All(i => text[i] == text[i - period]))
            {
                return true;
            }
        }

        // A run up or down the alphabet or the digits.
        var steps = Enumerable.Range(1, text.Length - 1).Select(i => text[i] - text[i - 1]).Distinct().ToList();
        return steps.Count == 1 && steps[0] is 1 or -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]")]
    private static partial System.Text.RegularExpressions.Regex Invisible();

    public static int CommonCount => Common.Value.Count;

    public async Task<IdentityResult> ValidateAsync(UserManager<AcademyUser> manager, AcademyUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        var privileged = user.Id is { Length: > 0 } && (await manager.GetRolesAsync(user)).Any(PrivilegedRoles.Contains);
        var minimum = privileged ? PrivilegedMinimumLength : MinimumLength;
        // Spaces around a password and invisible characters do not make it longer to guess.
        if (Invisible().Replace(password, "").Trim().Length < minimum)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordTooShort",
                Description = privileged ? "Use at least 12 characters: administrators and course administrators need them." : "Use at least 8 characters.",
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
        // The most used passwords, and the first names and surnames people use as passwords.
        string[] lists = [".passwords.lst", ".female_names.lst", ".male_names.lst", ".surnames.lst"];
        foreach (var resource in zxcvbn.GetManifestResourceNames().Where(n => lists.Any(l => n.EndsWith(l, StringComparison.Ordinal))))
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
