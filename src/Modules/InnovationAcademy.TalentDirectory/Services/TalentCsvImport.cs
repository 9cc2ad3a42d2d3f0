using System.Globalization;
using CsvHelper;
using InnovationAcademy.Core.Text;
using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Reads a CSV of profiles (UTF-8, comma or semicolon, a header row) into <see cref="TalentProfileImporter"/>. Columns:
/// <c>name, email, business, sector, skills, description, city, region, country_of_origin, languages, photo, website,
/// social, whatsapp, latitude, longitude, precision (approximate|city), cohort</c>; only name, email and city are required.
/// </summary>
internal sealed class TalentCsvImport(TalentProfileImporter importer)
{
    public static readonly string[] Columns =
        ["name", "email", "business", "sector", "skills", "description", "city", "region", "country_of_origin", "languages", "photo", "website", "social", "whatsapp", "latitude", "longitude", "precision", "cohort"];

    public const int MaxRows = 100_000;

    public async Task<TalentImportResult> ImportAsync(Stream stream, string by, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var text = UploadedText.Decode(buffer.ToArray());
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = 64 * 1024,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, false);
        try
        {
            return await ReadAsync(reader, by, cancellationToken);
        }
        catch (Exception exception) when (exception is CsvFormatException or InvalidDataException)
        {
            return Fail("The file is not a CSV file that can be read.");
        }
    }

    private async Task<TalentImportResult> ReadAsync(CsvReader reader, string by, CancellationToken cancellationToken)
    {
        if (!reader.Read())
        {
            return Fail("The file is empty.");
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetString(i) ?? "").Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var unknown = header.Where(h => h.Length > 0 && !Columns.Contains(h)).ToList();
        if (!header.Contains("name") || !header.Contains("email") || !header.Contains("city") || unknown.Count > 0)
        {
            return Fail("The first row must name the columns, as in the example: name, email and city are required, and every other column must be one of those listed.");
        }

        var rows = new List<TalentImportRow>();
        var errors = new List<TalentImportError>();
        var number = 1;
        while (reader.Read())
        {
            number++;
            if (number > MaxRows + 1)
            {
                return Fail("The file has more than 100,000 profiles; split it into smaller files.");
            }

            string? Field(string name) => header.IndexOf(name) is var i and >= 0 && i < reader.FieldCount && (reader.GetString(i) ?? "").Trim() is { Length: > 0 } v ? v : null;
            double? Number(string name)
            {
                var value = Field(name);
                if (value is null)
                {
                    return null;
                }

                if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                errors.Add(new(number, name, "Write the coordinate as a number, such as -12.0464."));
                return null;
            }

            var precision = Field("precision")?.ToLowerInvariant() switch
            {
                null or "approximate" or "aproximada" => LocationPrecision.Approximate,
                "city" or "ciudad" => LocationPrecision.CityCentre,
                _ => (LocationPrecision?)null,
            };
            if (precision is null)
            {
                errors.Add(new(number, "precision", "Write approximate or city."));
            }

            rows.Add(new TalentImportRow(number, new TalentProfileInput
            {
                DisplayName = Field("name") ?? "",
                BusinessName = Field("business"),
                SectorName = Field("sector"),
                Skills = Field("skills"),
                Description = Field("description"),
                City = Field("city"),
                Region = Field("region"),
                CountryOfOrigin = Field("country_of_origin"),
                Languages = Field("languages"),
                PhotoUrl = Field("photo"),
                Website = Field("website"),
                SocialUrl = Field("social"),
                WhatsApp = Field("whatsapp"),
                Latitude = Number("latitude"),
                Longitude = Number("longitude"),
                Precision = precision ?? LocationPrecision.Approximate,
            }, Field("email"), Field("cohort")));
        }

        if (rows.Count == 0)
        {
            return Fail("The file has a header but no profiles.");
        }

        if (errors.Count > 0)
        {
            return new TalentImportResult(errors, 0);
        }

        return await importer.ImportAsync(rows, by, cancellationToken: cancellationToken);
    }

    private static TalentImportResult Fail(string message) => new([new TalentImportError(0, "", message)], 0);
}
