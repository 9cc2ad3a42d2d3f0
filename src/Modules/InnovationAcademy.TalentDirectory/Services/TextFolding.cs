using System.Globalization;
using System.Text;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Lower case without accents ("Peluquería" → "peluqueria"), for the search index and the words searched, so that a
/// search typed on a phone without accents finds what was written with them, on SQLite and PostgreSQL alike.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
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
