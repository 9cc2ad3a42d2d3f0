using System.Security.Cryptography;
using System.Text;

namespace InnovationAcademy.Certificates.Services;

/// <summary>
/// Verification codes: 16 symbols of a 32-letter alphabet without 0, O, 1 or I (80 random bits), written in four
/// groups, e.g. <c>K7QM-3XRT-9PAW-LC4D</c>, so that they can be read aloud and typed from paper.
/// </summary>
internal static class VerificationCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private const int Length = 16;

    public static string New() => Format(new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length)));

    /// <summary>A code as typed (any case, with or without spaces and dashes) in its printed form; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var symbols = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            symbols.Append(c);
        }

        return symbols.Length == Length ? Format(symbols.ToString()) : null;
    }

    private static string Format(string symbols) => string.Join('-', symbols.Chunk(4).Select(group => new string(group)));
}
