using System.Globalization;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Localization;

/// <summary>How a time is written: a day, a day and hour, or an hour; short ("7 dic 2026") or long ("7 de diciembre de 2026").</summary>
public enum TimeStyle
{
    Date,
    DateTime,
    LongDate,
    LongDateTime,
    Time,
}

/// <summary>
/// Times as the person reading the page expects them: in their own zone (their profile's; for visitors, the site's,
/// that is the lab's) and in the interface's language, with the zone said in words ("hora de Lima (UTC−5)").
/// Stored times are UTC; days that mean a day (completed on, due on) are <see cref="DateOnly"/> and shown as they are.
/// </summary>
public sealed class ReaderTime
{
    private const string ItemKey = "academy:reader-time";

    public ReaderTime(string zoneId, CultureInfo culture)
    {
        ZoneId = TimeZoneChoices.Canonical(zoneId) ?? TimeZoneChoices.SiteDefault;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        Culture = culture;
    }

    public string ZoneId { get; }

    public TimeZoneInfo Zone { get; }

    public CultureInfo Culture { get; }

    /// <summary>The reader of this request: the zone in their sign-in, else the site's; the request's culture.</summary>
    public static ReaderTime Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[ItemKey] is ReaderTime known)
        {
            return known;
        }

        var chosen = context.User.FindFirst(UserClaims.TimeZone)?.Value;
        var zone = TimeZoneChoices.Canonical(chosen) ?? SiteContextMiddleware.SiteOf(context)?.TimeZoneId ?? TimeZoneChoices.SiteDefault;
        var reader = new ReaderTime(zone, CultureInfo.CurrentCulture);
        context.Items[ItemKey] = reader;
        return reader;
    }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The day it was in the reader's zone at <paramref name="utc"/>.</summary>
    public DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>"7 dic 2026, 19:00": <paramref name="utc"/> in the reader's zone.</summary>
    public string Text(DateTime utc, TimeStyle style = TimeStyle.DateTime) => Local(utc).ToString(Pattern(style, Culture), Culture);

    /// <summary>The instant with the reader's offset, for <c>&lt;time datetime&gt;</c>: "2026-12-07T19:00:00-05:00".</summary>
    public string MachineText(DateTime utc) =>
        new DateTimeOffset(Local(utc), Zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"30 de enero de 2027, 23:59, hora de Lima (UTC−5)": for a time inside a sentence, where no note on the page names the zone.</summary>
    public string TextWithZone(DateTime utc, TimeStyle style = TimeStyle.LongDateTime) => Text(utc, style) + ", " + ZoneText(utc);

    /// <summary>"Octubre de 2022", "October 2022": the same in every region (ICU capitalises some regions' stand-alone month names only).</summary>
    public static string MonthText(int year, int month, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var spanish = culture.TwoLetterISOLanguageName == "es";
        var name = spanish ? culture.DateTimeFormat.MonthGenitiveNames[month - 1] : culture.DateTimeFormat.MonthNames[month - 1];
        var text = spanish ? $"{name} de {year.ToString(CultureInfo.InvariantCulture)}" : $"{name} {year.ToString(CultureInfo.InvariantCulture)}";
        return culture.TextInfo.ToUpper(text[0]) + text[1..];
    }

    /// <summary>The zone in words at <paramref name="at"/> (now by default): "hora de Lima (UTC−5)".</summary>
    public string ZoneText(DateTime? at = null) => TimeZoneChoices.Describe(ZoneId, at, Culture);

    /// <summary>A day as the language writes it: "7 dic 2026" or "7 de diciembre de 2026".</summary>
    public static string DayText(DateOnly day, CultureInfo culture, bool longForm = false) =>
        day.ToString(Pattern(longForm ? TimeStyle.LongDate : TimeStyle.Date, culture), culture);

    public static string Pattern(TimeStyle style, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var spanish = culture.TwoLetterISOLanguageName == "es";
        return style switch
        {
            TimeStyle.Date => "d MMM yyyy",
            TimeStyle.LongDate => spanish ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy",
            TimeStyle.LongDateTime => spanish ? "d 'de' MMMM 'de' yyyy, HH:mm" : "d MMMM yyyy, HH:mm",
            TimeStyle.Time => "HH:mm",
            _ => "d MMM yyyy, HH:mm",
        };
    }
}
