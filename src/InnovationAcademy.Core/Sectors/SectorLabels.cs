using Microsoft.AspNetCore.Mvc.Localization;

namespace InnovationAcademy.Core.Sectors;

/// <summary>
/// A sector as the reader's language names it. Sectors are kept in the lab's language (they are what reports join
/// on); the default list has names in other languages under "sector:{name}" keys, and a sector a lab adds reads as
/// written in every language.
/// </summary>
public static class SectorLabels
{
    public static string Sector(this IHtmlLocalizer localizer, string? name)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var translated = localizer.GetString("sector:" + name);
        return translated.ResourceNotFound ? name : translated.Value;
    }
}
