namespace InnovationAcademy.Core.Web;

/// <summary>A tile server's address template: https, with {z}, {x} and {y}, a web address once the placeholders are out.</summary>
public static class MapTileAddress
{
    private static readonly string[] Placeholders = ["{s}", "{z}", "{x}", "{y}", "{r}"];

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= 500 }
        && value.StartsWith("https://", StringComparison.Ordinal)
        && value.Contains("{z}", StringComparison.Ordinal) && value.Contains("{x}", StringComparison.Ordinal) && value.Contains("{y}", StringComparison.Ordinal)
        && WebLinks.IsWebAddress(Placeholders.Aggregate(value, (text, placeholder) => text.Replace(placeholder, placeholder == "{s}" ? "a" : "0", StringComparison.Ordinal)))
        && !value.Contains('"', StringComparison.Ordinal) && !value.Contains('\'', StringComparison.Ordinal) && !value.Contains(';', StringComparison.Ordinal);
}
