using System.Globalization;

namespace InnovationAcademy.Core.Users;

/// <summary>
/// The time zones offered in forms — where the platform's people live, Latin America first — and their names in
/// words for people ("hora de Lima (UTC−5)"), never the IANA id.
/// </summary>
public static class TimeZoneChoices
{
    /// <summary>The zone of a site that has not chosen one: the labs that run the platform work from Lima and Quito.</summary>
    public const string SiteDefault = "America/Lima";

    private static readonly string[] Regions = ["Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"];

    private static readonly (string Id, string Spanish, string English)[] Common =
    [
        ("America/Lima", "Lima", "Lima"),
        ("America/Guayaquil", "Quito y Guayaquil", "Quito and Guayaquil"),
        ("America/Bogota", "Bogotá", "Bogotá"),
        ("America/Caracas", "Caracas", "Caracas"),
        ("America/La_Paz", "La Paz", "La Paz"),
        ("America/Santiago", "Santiago de Chile", "Santiago de Chile"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires", "Buenos Aires"),
        ("America/Montevideo", "Montevideo", "Montevideo"),
        ("America/Asuncion", "Asunción", "Asunción"),
        ("America/Sao_Paulo", "São Paulo", "São Paulo"),
        ("America/Mexico_City", "Ciudad de México", "Mexico City"),
        ("America/Guatemala", "Guatemala", "Guatemala"),
        ("America/El_Salvador", "San Salvador", "San Salvador"),
        ("America/Tegucigalpa", "Tegucigalpa", "Tegucigalpa"),
        ("America/Managua", "Managua", "Managua"),
        ("America/Costa_Rica", "San José de Costa Rica", "San José, Costa Rica"),
        ("America/Panama", "Panamá", "Panama"),
        ("America/Havana", "La Habana", "Havana"),
        ("America/Santo_Domingo", "Santo Domingo", "Santo Domingo"),
        ("America/New_York", "Nueva York", "New York"),
        ("Europe/Madrid", "Madrid", "Madrid"),
        ("Atlantic/Canary", "Canarias", "Canary Islands"),
        ("Europe/Lisbon", "Lisboa", "Lisbon"),
        ("Europe/London", "Londres", "London"),
        ("Europe/Paris", "París", "Paris"),
        ("Europe/Rome", "Roma", "Rome"),
        ("Africa/Casablanca", "Casablanca", "Casablanca"),
        ("Asia/Manila", "Manila", "Manila"),
        ("UTC", "UTC", "UTC"),
    ];

    /// <summary>The ids to offer, with <paramref name="current"/> first when it is valid but not among them.</summary>
    public static IReadOnlyList<string> For(string current)
    {
        var ids = Common.Select(z => z.Id).ToList();
        return ids.Contains(current) || !IsValid(current) ? ids : [current, .. ids];
    }

    /// <summary>
    /// A zone people live in, by its canonical IANA id ("America/Lima", or "UTC"): not the server's own "localtime",
    /// not Windows names, not the "posix/" and "right/" copies, not old aliases ("Asia/Calcutta"), and written exactly
    /// as the database writes it.
    /// </summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and < 64 }
        && (id == "UTC" || (Regions.Any(r => id.StartsWith(r, StringComparison.Ordinal)) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')))
        && (id == "UTC" || (NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(id, out var canonical) && canonical == id))
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.Id == id;

    /// <summary>
    /// The canonical id of a zone a browser reports: browsers still say "America/Buenos_Aires" or "Asia/Calcutta",
    /// which are the same places as "America/Argentina/Buenos_Aires" and "Asia/Kolkata". Null when it is no zone.
    /// </summary>
    public static string? Canonical(string? id)
    {
        if (IsValid(id))
        {
            return id;
        }

        return id is { Length: > 0 and < 64 }
            && NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(id, out var canonical) && IsValid(canonical) ? canonical : null;
    }

    /// <summary>The place that names the zone, in the interface's language ("Quito y Guayaquil", "Mexico City").</summary>
    public static string PlaceOf(string id, CultureInfo? culture = null)
    {
        var spanish = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "es";
        foreach (var (zone, es, en) in Common)
        {
            if (zone == id)
            {
                return spanish ? es : en;
            }
        }

        return id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');
    }

    /// <summary>
    /// The zone in words with its offset at <paramref name="at"/> (daylight saving included): "hora de Lima (UTC−5)",
    /// "Madrid time (UTC+1)". For forms and for "times are in …" lines.
    /// </summary>
    public static string Describe(string id, DateTime? at = null, CultureInfo? culture = null)
    {
        var language = culture ?? CultureInfo.CurrentUICulture;
        var place = PlaceOf(id, language);
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone.GetUtcOffset(at ?? DateTime.UtcNow) : TimeSpan.Zero;
        var utc = Offset(offset);
        if (id == "UTC")
        {
            return "UTC";
        }

        return language.TwoLetterISOLanguageName == "es" ? $"hora de {place} ({utc})" : $"{place} time ({utc})";
    }

    private static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
            : $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}:{abs.Minutes.ToString("00", CultureInfo.InvariantCulture)}";
    }
}
