using System.Globalization;

namespace InnovationAcademy.Core.Localization;

/// <summary>
/// A percentage as the page's language writes it: "75 %" in Spanish (with a no-break space), "75%" in English;
/// whole numbers without decimals, others with one ("66,7 %", "66.7%").
/// </summary>
public static class LocalPercent
{
    public static string Text(decimal percent, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentCulture;
        var number = percent.ToString("0.#", c);
        return c.NumberFormat.PercentPositivePattern is 0 or 3 ? number + "\u00A0%" : number + "%";
    }

    /// <inheritdoc cref="Text(decimal, CultureInfo?)"/>
    public static string Text(int percent, CultureInfo? culture = null) => Text((decimal)percent, culture);
}
