using InnovationAcademy.Core.Text;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>A city the directory knows the centre of, with its region.</summary>
internal sealed record KnownPlace(string City, string Region, double Latitude, double Longitude);

/// <summary>
/// Cities whose centres the directory knows, so an owner can place a business by city alone and the public can be shown
/// only the city centre. Peru first (where CREANDO runs), then the Spanish cities of partner labs.
/// </summary>
internal static class KnownPlaces
{
    public static IReadOnlyList<KnownPlace> All { get; } =
    [
        new("Lima", "Lima", -12.0464, -77.0428),
        new("Callao", "Callao", -12.0566, -77.1181),
        new("Arequipa", "Arequipa", -16.4090, -71.5375),
        new("Trujillo", "La Libertad", -8.1116, -79.0288),
        new("Chiclayo", "Lambayeque", -6.7714, -79.8409),
        new("Piura", "Piura", -5.1945, -80.6328),
        new("Cusco", "Cusco", -13.5320, -71.9675),
        new("Iquitos", "Loreto", -3.7491, -73.2538),
        new("Huancayo", "Junín", -12.0651, -75.2049),
        new("Tacna", "Tacna", -18.0066, -70.2463),
        new("Ica", "Ica", -14.0678, -75.7286),
        new("Chimbote", "Áncash", -9.0745, -78.5936),
        new("Pucallpa", "Ucayali", -8.3791, -74.5539),
        new("Juliaca", "Puno", -15.5000, -70.1333),
        new("Puno", "Puno", -15.8402, -70.0219),
        new("Cajamarca", "Cajamarca", -7.1638, -78.5003),
        new("Ayacucho", "Ayacucho", -13.1588, -74.2232),
        new("Huánuco", "Huánuco", -9.9306, -76.2422),
        new("Tarapoto", "San Martín", -6.4825, -76.3733),
        new("Tumbes", "Tumbes", -3.5669, -80.4515),
        new("Huaraz", "Áncash", -9.5278, -77.5278),
        new("Puerto Maldonado", "Madre de Dios", -12.5933, -69.1891),
        new("Madrid", "Comunidad de Madrid", 40.4168, -3.7038),
        new("Barcelona", "Cataluña", 41.3874, 2.1686),
        new("Valencia", "Comunidad Valenciana", 39.4699, -0.3763),
        new("Sevilla", "Andalucía", 37.3891, -5.9845),
    ];

    public static KnownPlace? Find(string? city) =>
        string.IsNullOrWhiteSpace(city) ? null
            : All.FirstOrDefault(p => string.Equals(TextFolding.Fold(p.City), TextFolding.Fold(city), StringComparison.Ordinal));
}
