namespace InnovationAcademy.Core.Settings;

/// <summary>The interface languages. Content carries its own language.</summary>
public static class SupportedCultures
{
    public const string Spanish = "es";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Spanish, English];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);
}
