using System.Globalization;
using InnovationAcademy.Core.Users;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>A time zone is named for people — the place and its offset, summer time included — never by its IANA id.</summary>
public sealed class TimeZoneNamesTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-PE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("America/Lima", "2026-12-07", "hora de Lima (UTC−5)", "Lima time (UTC−5)")]
    [InlineData("America/Guayaquil", "2026-12-07", "hora de Quito y Guayaquil (UTC−5)", "Quito and Guayaquil time (UTC−5)")]
    [InlineData("America/Caracas", "2026-07-01", "hora de Caracas (UTC−4)", "Caracas time (UTC−4)")]
    [InlineData("Europe/Madrid", "2026-12-07", "hora de Madrid (UTC+1)", "Madrid time (UTC+1)")]
    [InlineData("Europe/Madrid", "2026-07-01", "hora de Madrid (UTC+2)", "Madrid time (UTC+2)")]
    [InlineData("America/Mexico_City", "2026-12-07", "hora de Ciudad de México (UTC−6)", "Mexico City time (UTC−6)")]
    public void A_zone_is_its_place_and_offset_in_the_readers_language(string id, string on, string spanish, string english)
    {
        var at = DateTime.Parse(on, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(spanish, TimeZoneChoices.Describe(id, at, Spanish));
        Assert.Equal(english, TimeZoneChoices.Describe(id, at, English));
    }

    [Fact]
    public void Latin_America_comes_first_and_the_sites_default_is_Lima()
    {
        Assert.Equal("America/Lima", TimeZoneChoices.SiteDefault);
        Assert.Equal("America/Lima", TimeZoneChoices.For("America/Lima")[0]);
        Assert.Equal("Asia/Tokyo", TimeZoneChoices.For("Asia/Tokyo")[0]);
        Assert.Equal("Tokyo", TimeZoneChoices.PlaceOf("Asia/Tokyo", English));
    }

    [Theory]
    [InlineData("America/Lima", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("UTC", true)]
    [InlineData("localtime", false)]
    [InlineData("Factory", false)]
    [InlineData("right/UTC", false)]
    [InlineData("posix/America/Lima", false)]
    [InlineData("america/lima", false)]
    [InlineData("Pacific Standard Time", false)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    [InlineData("Asia/Calcutta", false)]
    [InlineData("America/Buenos_Aires", false)]
    [InlineData("Europe/Kiev", false)]
    public void Only_canonical_zone_ids_are_accepted(string id, bool valid) => Assert.Equal(valid, TimeZoneChoices.IsValid(id));

    /// <summary>Browsers still report old names for some places: a sign-up takes the place, under its canonical id.</summary>
    [Theory]
    [InlineData("America/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("America/Lima", "America/Lima")]
    [InlineData("localtime", null)]
    [InlineData("Pacific Standard Time", null)]
    [InlineData(null, null)]
    public void A_browsers_old_zone_name_becomes_its_canonical_one(string? reported, string? expected) =>
        Assert.Equal(expected, TimeZoneChoices.Canonical(reported));
}
