namespace InnovationAcademy.Core.Users;

/// <summary>The time zones offered in forms: where the platform's learners live, plus the user's own.</summary>
public static class TimeZoneChoices
{
    private static readonly string[] Common =
    [
        "Europe/Madrid", "Atlantic/Canary", "Europe/Lisbon", "Europe/London", "Europe/Paris", "Europe/Rome", "Europe/Bucharest",
        "Europe/Kyiv", "Africa/Casablanca", "Africa/Dakar", "Africa/Lagos", "America/Mexico_City", "America/Guatemala",
        "America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Costa_Rica", "America/Panama",
        "America/Havana", "America/Santo_Domingo", "America/Bogota", "America/Caracas", "America/Guayaquil", "America/Lima",
        "America/La_Paz", "America/Santiago", "America/Asuncion", "America/Argentina/Buenos_Aires", "America/Montevideo",
        "America/Sao_Paulo", "America/New_York", "Asia/Manila", "UTC",
    ];

    public static IReadOnlyList<string> For(string current) =>
        Common.Contains(current) || !IsValid(current) ? Common : [current, .. Common];

    public static bool IsValid(string? id) => id is { Length: > 0 and < 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
