using System.Globalization;
using System.Text;

namespace InnovationAcademy.Core.Text;

/// <summary>
/// Text compared the way people type it on a phone: without accents ("Peluquería" → "peluqueria"), without
/// look-alike forms (full-width letters, ligatures) or invisible characters, and usually in lower case. Search indexes and searched words, quiz answers, spreadsheet headers, addresses made from names: one
/// folding for all of them, so that they agree on SQLite and PostgreSQL alike.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower case without accents: "Diseño Público" → "diseno publico".</summary>
    public static string Fold(string? text) => Strip(text, lower: true);

    /// <summary>Without accents, case kept: "Diseño" → "Diseno".</summary>
    public static string StripAccents(string? text) => Strip(text, lower: false);

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens ("María José Quispe" → "maria-jose-quispe"), at most <paramref name="maxLength"/> long.</summary>
    public static string Slug(string? text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > maxLength ? slug[..maxLength].TrimEnd('-') : slug;
    }

    private static string Strip(string? text, bool lower)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Compatibility decomposition: full-width letters, ligatures ("ﬁ") and the like read as the letters they show;
        // accents, invisible format characters (zero-width spaces, direction overrides) and controls drop out.
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            if (lower && c == 'ß')
            {
                builder.Append("ss");
                continue;
            }

            builder.Append(lower ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a search, folded, keeping letters and digits only (so nothing typed reaches the index's query syntax).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Distinct(StringComparer.Ordinal).Take(8).ToList();
    }
}
