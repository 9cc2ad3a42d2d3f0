using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;

namespace InnovationAcademy.Bench.LargeSite;

/// <summary>
/// Invented, varied profiles (names, businesses, sectors, skills, cities across Peru; one in twenty pending), with their
/// search text and public location computed as the site computes them.
/// </summary>
public static class TalentProfileSeed
{
    private static readonly string[] Given = ["María", "José", "Yuleisy", "Andrés", "Génesis", "Wilmer", "Rosa", "Jhonny", "Norelys", "Ángel", "Paola", "Darwin", "Keila", "Óscar", "Luisana", "Franklin"];
    private static readonly string[] Family = ["Contreras", "Quispe", "Urdaneta", "Pérez", "Mamani", "Rojas", "Suárez", "Chirinos", "Paredes", "Blanco", "Medina", "Cárdenas", "Gutiérrez", "Rivas"];
    private static readonly string[] Trades = ["Dulces", "Arepas", "Costura", "Barbería", "Estética", "Reparaciones", "Envíos", "Tecno", "Artesanías", "Clases", "Bodega", "Huerto"];
    private static readonly string[] Skills = ["repostería", "tortas personalizadas", "catering para eventos", "peluquería", "barbería", "manicura", "arreglos de ropa", "uniformes", "electricidad", "gasfitería", "reparto en moto", "reparación de celulares", "diseño web", "clases de inglés", "mochilas wayuu", "abarrotes", "cuidado de adultos mayores", "cacao"];
    private static readonly string[] Languages = ["español", "español, inglés", "español, quechua", "español, francés, criollo haitiano"];

    /// <summary>The profiles numbered from <paramref name="firstId"/>, made one at a time so that any number fits in memory.</summary>
    internal static IEnumerable<TalentProfile> Make(int count, IReadOnlyList<TalentSector> sectors, int firstId)
    {
        var random = new Random(100_000);
        var now = DateTime.UtcNow;
        for (var n = 0; n < count; n++)
        {
            var place = KnownPlaces.All[random.Next(KnownPlaces.All.Count - 4)]; // the Peruvian cities
            var sector = sectors[random.Next(sectors.Count)];
            var last = Family[random.Next(Family.Length)];
            var skills = string.Join(", ", Enumerable.Range(0, 3).Select(_ => Skills[random.Next(Skills.Length)]).Distinct());
            var profile = new TalentProfile
            {
                Id = firstId + n,
                DisplayName = $"{Given[random.Next(Given.Length)]} {last} {Family[random.Next(Family.Length)]}",
                BusinessName = $"{Trades[random.Next(Trades.Length)]} {last} {n}",
                ContactEmail = $"perfil{n:D6}@bench.example",
                Sector = sector,
                SectorId = sector.Id,
                Skills = skills,
                Description = $"Ofrezco {skills} en {place.City}; pedidos por WhatsApp y entregas a domicilio.",
                City = place.City,
                Region = place.Region,
                Languages = Languages[random.Next(Languages.Length)],
                Latitude = place.Latitude + (random.NextDouble() - 0.5) / 10,
                Longitude = place.Longitude + (random.NextDouble() - 0.5) / 10,
                Precision = random.Next(3) == 0 ? LocationPrecision.CityCentre : LocationPrecision.Approximate,
                Status = random.Next(20) == 0 ? TalentProfileStatus.Pending : TalentProfileStatus.Published,
                ConsentVersion = TalentConsent.Version,
                ConsentUtc = now,
                CreatedUtc = now,
                UpdatedUtc = now,
                PublishedUtc = now.AddDays(-random.Next(1_000)),
            };
            TalentProfileRules.Refresh(profile);
            yield return profile;
        }
    }
}
