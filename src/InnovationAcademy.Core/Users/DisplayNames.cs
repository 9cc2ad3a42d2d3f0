namespace InnovationAcademy.Core.Users;

/// <summary>
/// What a person's name may be, wherever it is typed (registration, profile, sign-ups, imports): one line, no control
/// characters (a line break would let a name write its own lines into an e-mail), no direction overrides (which make
/// "Ana\u202Egnp.exe" read as "Anaexe.png"), and at least one letter or digit that shows.
/// </summary>
public static class DisplayNames
{
    public const string Problem = "Write the name on one line, with letters, and without special control characters.";

    public static bool IsValid(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && !name.Any(c => char.IsControl(c) || IsDirectionControl(c))
        && name.Any(char.IsLetterOrDigit);

    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
