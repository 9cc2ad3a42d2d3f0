using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Localization;

/// <summary>
/// Counts in words: "1 curso", "3 cursos", never "1 cursos". Spanish and English share the rule for counts — the
/// singular for exactly one, the plural for everything else, zero and fractions included — so each count has two
/// texts to translate: the singular (written with the digit, "1 course") and the plural with {0}.
/// </summary>
public static class Plurals
{
    /// <param name="shown">The count as it should read, when it is formatted ("1.500", "2,5"); else the count itself.</param>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, decimal count, string one, string other, object? shown = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return count == 1 ? localizer[one] : localizer[other, shown ?? count];
    }

    /// <summary>The count in words as plain text, to put inside another sentence ("Este mensaje llegará a 3 personas de …").</summary>
    public static string PluralText(this IHtmlLocalizer localizer, decimal count, string one, string other, object? shown = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return count == 1 ? localizer.GetString(one).Value : localizer.GetString(other, shown ?? count).Value;
    }

    /// <inheritdoc cref="Plural(IHtmlLocalizer, decimal, string, string, object?)"/>
    public static LocalizedString Plural(this IStringLocalizer localizer, decimal count, string one, string other, object? shown = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return count == 1 ? localizer[one] : localizer[other, shown ?? count];
    }
}
