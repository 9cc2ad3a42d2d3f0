using System.Globalization;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Numbers as people type them into forms, in either interface language: one decimal mark, a comma or a point
/// ("22,5" and "22.5" are both twenty-two and a half), and no thousands separators, which are never guessed at
/// ("1.234,5" is refused rather than read one way or the other). Forms show numbers the same way, in the page's language.
/// </summary>
public static class LocalNumber
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>For an input's value: the page's decimal mark, no thousands separators, no trailing zeros ("24", "22,5").</summary>
    public static string ForInput(decimal value) => value.ToString("0.############################", CultureInfo.CurrentCulture);

    /// <inheritdoc cref="ForInput(decimal)"/>
    public static string ForInput(double value, int decimals = 6) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.CurrentCulture);

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        return Normalize(text) is { } invariant && decimal.TryParse(invariant, Style, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        return Normalize(text) is { } invariant && double.TryParse(invariant, Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>The text with its decimal mark as a point, or null when it has more than one mark or nothing to read.</summary>
    private static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Spaces (also the no-break ones some keyboards and copied figures carry) are never a decimal mark.
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F')).Replace('\u2212', '-');
        return compact.Count(c => c is ',' or '.') switch
        {
            0 => compact,
            1 => compact.Replace(',', '.'),
            _ => null,
        };
    }
}
