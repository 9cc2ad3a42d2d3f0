using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The directory as open data: a GeoJSON FeatureCollection and a CSV, both made of <see cref="TalentCard"/>s only
/// (public fields, rounded coordinates), with the licence stated in each.
/// </summary>
internal static class TalentOpenData
{
    public const string Licence = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    public static byte[] GeoJson(IEnumerable<TalentCard> cards, Func<int, string> profileUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("licence", Licence);
            json.WriteString("licenceUrl", LicenceUrl);
            json.WriteString("attribution", "Innovation Academy talent directory");
            json.WriteStartArray("features");
            foreach (var card in cards)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteNumber("id", card.Id);
                if (card.Latitude is { } lat && card.Longitude is { } lon)
                {
                    // GeoJSON puts longitude first (RFC 7946).
                    json.WriteStartObject("geometry");
                    json.WriteString("type", "Point");
                    json.WriteStartArray("coordinates");
                    json.WriteNumberValue(lon);
                    json.WriteNumberValue(lat);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("geometry");
                }

                json.WriteStartObject("properties");
                json.WriteString("name", card.DisplayName);
                json.WriteString("business", card.BusinessName);
                json.WriteString("sector", card.Sector);
                json.WriteString("skills", card.Skills);
                json.WriteString("city", card.City);
                json.WriteString("region", card.Region);
                json.WriteString("countryOfOrigin", card.CountryOfOrigin);
                json.WriteString("languages", card.Languages);
                json.WriteString("cohort", card.Cohort);
                json.WriteString("url", profileUrl(card.Id));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Public fields only, formula cells escaped; the licence is stated in <c>/api/talent</c>'s GeoJSON and in the response's Link header.</summary>
    public static byte[] Csv(IEnumerable<TalentCard> cards, Func<int, string> profileUrl)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            foreach (var header in new[] { "id", "name", "business", "sector", "skills", "city", "region", "country_of_origin", "languages", "cohort", "latitude", "longitude", "url", "licence" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var card in cards)
            {
                csv.WriteField(card.Id.ToString(CultureInfo.InvariantCulture));
                foreach (var value in new[] { card.DisplayName, card.BusinessName, card.Sector, card.Skills, card.City, card.Region, card.CountryOfOrigin, card.Languages, card.Cohort })
                {
                    csv.WriteField(value ?? "");
                }

                // Written as numbers: formula escaping is for text, and would turn "-12.046" into "'-12.046".
                csv.WriteField(card.Latitude, "0.###");
                csv.WriteField(card.Longitude, "0.###");
                csv.WriteField(profileUrl(card.Id));
                csv.WriteField(Licence);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
