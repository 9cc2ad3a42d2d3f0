using System.Globalization;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Localization;

/// <summary>
/// How Spanish pages write numbers and dates: as the lab's country does. Peru writes 1,500.5 and Ecuador 1.500,5;
/// the site's region (Settings) decides, and forms read either decimal mark back (<see cref="LocalNumber"/>).
/// English pages keep English habits.
/// </summary>
public static class FormattingRegions
{
    public const string Default = "es-PE";

    /// <summary>The regions offered, with their names in Spanish and English.</summary>
    public static IReadOnlyList<(string Id, string Spanish, string English)> All { get; } =
    [
        ("es-PE", "Perú", "Peru"),
        ("es-EC", "Ecuador", "Ecuador"),
        ("es-CO", "Colombia", "Colombia"),
        ("es-BO", "Bolivia", "Bolivia"),
        ("es-CL", "Chile", "Chile"),
        ("es-AR", "Argentina", "Argentina"),
        ("es-UY", "Uruguay", "Uruguay"),
        ("es-PY", "Paraguay", "Paraguay"),
        ("es-VE", "Venezuela", "Venezuela"),
        ("es-MX", "México", "Mexico"),
        ("es-GT", "Guatemala", "Guatemala"),
        ("es-CR", "Costa Rica", "Costa Rica"),
        ("es-PA", "Panamá", "Panama"),
        ("es-DO", "República Dominicana", "Dominican Republic"),
        ("es-419", "Latinoamérica (general)", "Latin America (general)"),
        ("es-ES", "España", "Spain"),
    ];

    public static bool IsValid(string? id) => id is not null && All.Any(r => r.Id == id);

    /// <summary>The region's country in the interface's language ("Perú", "Peru"); an unknown id as it is.</summary>
    public static string NameOf(string id, CultureInfo interfaceCulture)
    {
        ArgumentNullException.ThrowIfNull(interfaceCulture);
        var (_, spanish, english) = All.FirstOrDefault(r => r.Id == id);
        return (interfaceCulture.TwoLetterISOLanguageName == "es" ? spanish : english) ?? id;
    }

    /// <summary>"Perú: 1,234.5 · 7/12/2026" — the region with a sample of how it writes, for the settings form.</summary>
    public static string Describe(string id, CultureInfo interfaceCulture)
    {
        ArgumentNullException.ThrowIfNull(interfaceCulture);
        var culture = CultureInfo.GetCultureInfo(id);
        var sample = 1234.5m.ToString("N1", culture) + " · " + new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Unspecified).ToString("d", culture);
        return $"{NameOf(id, interfaceCulture)}: {sample}";
    }

    /// <summary>
    /// Runs after the request's language is chosen: a Spanish page formats as the site's region does, any other page
    /// as its language does — whatever a culture cookie says apart ("c=es|uic=en" would write Spanish dates on an
    /// English page).
    /// </summary>
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = CultureInfo.CurrentUICulture;
        if (language.TwoLetterISOLanguageName == "es"
            && SiteContextMiddleware.SiteOf(context)?.FormattingRegion is { } region && IsValid(region))
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(region);
        }
        else if (CultureInfo.CurrentCulture.Name != language.Name)
        {
            CultureInfo.CurrentCulture = language;
        }
    }
}
