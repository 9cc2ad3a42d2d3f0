using InnovationAcademy.Core.Text;

namespace InnovationAcademy.Core.Sectors;

/// <summary>
/// The site's one list of business sectors, in the lab's language: the cohort intake asks for one of them and the
/// talent directory files profiles under them, so that reports join the two. The talent directory keeps the list
/// (editable at /admin/talent/sectors and in the recipe step "TalentProfiles"); a site without it, or with an empty
/// list, uses <see cref="Defaults"/>.
/// </summary>
public interface ISectorList
{
    /// <summary>The names, in the order they are offered.</summary>
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default);
}

public static class SectorNames
{
    /// <summary>The sectors where the labs' entrepreneurs work, as the sample recipes name them.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "Gastronomía y catering", "Comercio", "Belleza y bienestar", "Textil y moda", "Artesanía", "Construcción y reparaciones",
        "Transporte y reparto", "Turismo", "Educación y formación", "Cuidados", "Tecnología", "Agricultura", "Otros servicios",
    ];

    /// <summary>Alphabetical as Spanish sorts ("Cámara" before "Cooperativa"), with the catch-all ("Otros…") last.</summary>
    public static IReadOnlyList<string> InReadingOrder(IEnumerable<string> names)
    {
        var spanish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es"), System.Globalization.CompareOptions.IgnoreCase);
        return [.. names.OrderBy(n => TextFolding.Fold(n).StartsWith("otro", StringComparison.Ordinal)).ThenBy(n => n, spanish)];
    }

    /// <summary>The name in <paramref name="names"/> that <paramref name="typed"/> is, ignoring accents and case; null when none.</summary>
    public static string? Match(IEnumerable<string> names, string? typed)
    {
        ArgumentNullException.ThrowIfNull(names);
        var folded = TextFolding.Fold(typed?.Trim());
        return folded.Length == 0 ? null : names.FirstOrDefault(n => string.Equals(TextFolding.Fold(n), folded, StringComparison.Ordinal));
    }
}

/// <summary>The list of a site whose talent directory does not keep one.</summary>
internal sealed class DefaultSectorList : ISectorList
{
    public Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default) => Task.FromResult(SectorNames.Defaults);
}
