using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace InnovationAcademy.Core.Export;

/// <summary>
/// A table for people to open in Excel or LibreOffice: headers in the reader's language, and cells typed — numbers as
/// numbers, days and times as dates (already in the reader's zone) — so that they sort, sum and filter. The CSV beside
/// it stays the machine's format (stable English headers, invariant numbers).
/// </summary>
public sealed class Spreadsheet(string sheetName, IReadOnlyList<string> headers)
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly List<object?[]> _rows = [];

    public string SheetName { get; } = SheetNames.Clean(sheetName);

    public IReadOnlyList<string> Headers { get; } = headers;

    /// <summary>One row: text, whole and decimal numbers, <see cref="DateTime"/> and <see cref="DateOnly"/>, or null for an empty cell.</summary>
    public void Add(params object?[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"A row of {Headers.Count} cells was expected, not {cells.Length}.", nameof(cells));
        }

        _rows.Add([.. cells.Select(Typed)]);
    }

    public int RowCount => _rows.Count;

    /// <summary>The workbook's bytes (.xlsx).</summary>
    public async Task<byte[]> ToBytesAsync(CancellationToken cancellationToken = default)
    {
        // Headers are the dictionary's keys, so two equal headers (translations may collide) get a number.
        var keys = new List<string>(Headers.Count);
        foreach (var header in Headers)
        {
            var key = header;
            for (var n = 2; keys.Contains(key); n++)
            {
                key = $"{header} ({n})";
            }

            keys.Add(key);
        }

        var rows = _rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                record[keys[i]] = row[i];
            }

            return record;
        }).ToList();
        if (rows.Count == 0)
        {
            // An empty sheet still says what its columns are.
            rows.Add(keys.ToDictionary(k => k, _ => (object?)null));
        }

        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, sheetName: SheetName, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { TableStyles = TableStyles.None, AutoFilter = true, FastMode = true }, cancellationToken: cancellationToken);
        return await PlaceDrawingAsync(buffer.ToArray(), cancellationToken);
    }

    /// <summary>
    /// MiniExcel writes the sheet's (empty) drawing reference inside <c>sheetData</c>, where the OOXML schema allows only
    /// rows: Excel then offers to "repair" the file. The reference is moved to its place, the end of the worksheet.
    /// </summary>
    private static async Task<byte[]> PlaceDrawingAsync(byte[] workbook, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await stream.WriteAsync(workbook, cancellationToken);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = await reader.ReadToEndAsync(cancellationToken);
                }

                var start = xml.IndexOf("<x:drawing ", StringComparison.Ordinal);
                var dataEnd = xml.IndexOf("</x:sheetData>", StringComparison.Ordinal);
                if (start < 0 || dataEnd < 0 || start > dataEnd)
                {
                    continue;
                }

                var end = xml.IndexOf("/>", start, StringComparison.Ordinal) + 2;
                var drawing = xml[start..end];
                xml = xml.Remove(start, end - start);
                xml = xml.Replace("</x:worksheet>", drawing + "</x:worksheet>", StringComparison.Ordinal);
                var name = entry.FullName;
                entry.Delete();
                var replaced = zip.CreateEntry(name, System.IO.Compression.CompressionLevel.Fastest);
                await using var writer = new StreamWriter(replaced.Open(), new System.Text.UTF8Encoding(false));
                await writer.WriteAsync(xml.AsMemory(), cancellationToken);
            }
        }

        return stream.ToArray();
    }

    private static object? Typed(object? cell) => cell switch
    {
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        string text => text,
        null => null,
        int or long or decimal or double or DateTime or bool => cell,
        _ => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static class SheetNames
    {
        // Excel refuses these in a sheet's name, and names longer than 31 characters.
        private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

        public static string Clean(string name)
        {
            var cleaned = new string([.. name.Where(c => !Forbidden.Contains(c) && !char.IsControl(c))]).Trim('\'', ' ');
            return cleaned.Length == 0 ? "Sheet1" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
        }
    }
}
