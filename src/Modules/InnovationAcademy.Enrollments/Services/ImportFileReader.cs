using InnovationAcademy.Core.Text;
using CsvHelper;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>One data line of an enrolment file, as typed.</summary>
internal sealed record ImportLine(int Line, string Email, string Name, string Language);

/// <summary>
/// Reads the enrolment lists administrators bring (decoded by Core's <see cref="UploadedText"/>): commas,
/// semicolons or tabs; a header naming the columns in English or Spanish, or no header at all.
/// </summary>
internal static class ImportFileReader
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;

    private static readonly string[] EmailHeaders = ["email", "e-mail", "mail", "correo", "correo electronico", "correo-e", "email address"];
    private static readonly string[] NameHeaders = ["name", "full name", "nombre", "nombre completo", "nombre y apellidos"];
    private static readonly string[] LanguageHeaders = ["language", "lang", "idioma", "lengua"];

    /// <summary>The lines of <paramref name="text"/>, or the error (a localizable text) that makes the whole file unreadable.</summary>
    public static (IReadOnlyList<ImportLine> Lines, string? Error) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], "The file is empty.");
        }

        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = 64 * 1024,
        };

        var lines = new List<ImportLine>();
        using var csv = CsvReader.Create(new StringReader(text), options, false);
        int email = 0, name = 1, language = 2;
        var first = true;
        try
        {
            while (csv.Read())
            {
                var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray();
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (first)
                {
                    first = false;
                    if (!record[0].Contains('@', StringComparison.Ordinal))
                    {
                        // A header: find the columns by name, in either language.
                        var headers = record.Select(Normalize).ToList();
                        email = headers.FindIndex(h => EmailHeaders.Contains(h));
                        name = headers.FindIndex(h => NameHeaders.Contains(h));
                        language = headers.FindIndex(h => LanguageHeaders.Contains(h));
                        if (email < 0)
                        {
                            return ([], "The first line must name the columns: email, name and, if you like, language.");
                        }

                        continue;
                    }
                }

                if (lines.Count == MaxRows)
                {
                    return ([], "The file has more than 20,000 learners; split it into smaller files.");
                }

                lines.Add(new ImportLine((int)csv.LineNumber, Cell(record, email), Cell(record, name), Cell(record, language)));
            }
        }
        catch (Exception exception) when (exception is CsvFormatException or InvalidDataException)
        {
            return ([], "The file is not a CSV file that can be read.");
        }

        return lines.Count == 0 ? ([], "The file has no learners, only a header.") : (lines, null);
    }

    private static string Cell(string[] record, int index) => index >= 0 && index < record.Length ? record[index].Trim() : "";

    /// <summary>"Correo electrónico" → "correo electronico", for matching headers however they are written.</summary>
    private static string Normalize(string header) => TextFolding.Fold(header.Trim().Trim('\uFEFF')).Replace('_', ' ');
}
