using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// What the public may know of where a business is. Approximate: the exact point snapped to a grid of 0.01°
/// (about 1.1 km north–south, a little less east–west in Peru), so nearby profiles share a cell and the exact point
/// cannot be recovered. City centre: the known centre of the profile's city, whatever the exact point.
/// </summary>
internal static class PublicLocation
{
    public const double GridDegrees = 0.01;

    public static (double? Latitude, double? Longitude) For(TalentProfile profile)
    {
        if (profile.Precision == LocationPrecision.CityCentre || profile.Latitude is null || profile.Longitude is null)
        {
            var place = KnownPlaces.Find(profile.City);
            return place is null ? (null, null) : (place.Latitude, place.Longitude);
        }

        return (Snap(profile.Latitude.Value), Snap(profile.Longitude.Value));
    }

    /// <summary>The centre of the grid cell the value falls in, so that a value exactly on a line does not reveal itself.</summary>
    private static double Snap(double value) => Math.Round((Math.Floor(value / GridDegrees) + 0.5) * GridDegrees, 3);
}
