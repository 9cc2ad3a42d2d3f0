using System.Text.RegularExpressions;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// What makes a cohort's settings valid, shared by the admin forms and the recipe step. Each check returns null or
/// the problem, in English words that are also the localization key the forms translate.
/// </summary>
internal static partial class CohortRules
{
    /// <summary>Addresses under /admin/cohorts that a slug would shadow.</summary>
    private static readonly string[] Reserved = ["new", "compare"];

    public static string? Slug(string? slug) =>
        string.IsNullOrEmpty(slug) || !SlugPattern().IsMatch(slug) ? "Use lower-case letters, digits and single hyphens, up to 100 characters (e.g. creando-2027)."
        : Reserved.Contains(slug) ? "This address is reserved; choose another."
        : null;

    public static string? Dates(DateOnly startsOn, DateOnly endsOn) => endsOn < startsOn ? "The end date is before the start date." : null;

    public static string? TimeZone(string? id) =>
        id is { Length: > 0 and < 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? null : "Choose a known time zone (e.g. America/Lima).";

    public static string? Capacity(int? capacity) => capacity is < 1 ? "The capacity is at least 1, or empty for no limit." : null;

    public static string? AttendancePercent(int percent) => percent is < 0 or > 100 ? "The share of sessions is from 0 to 100." : null;

    public static string? CertificateHours(decimal hours) => hours is < 0 or > 1000 ? "The certificate hours are from 0 to 1,000." : null;

    public static string? Language(string? language) => language is "es" or "en" ? null : "Choose Spanish or English.";

    [GeneratedRegex("^(?=.{1,100}\\z)[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex SlugPattern();
}
