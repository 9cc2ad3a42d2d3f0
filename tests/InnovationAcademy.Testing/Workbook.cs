using MiniExcelLibs;

namespace InnovationAcademy.Testing;

/// <summary>An exported .xlsx read back as its users' spreadsheet would: rows by header, cells typed.</summary>
public static class Workbook
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IReadOnlyList<IDictionary<string, object?>>> RowsAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentType?.MediaType != MediaType)
        {
            throw new InvalidOperationException($"Expected a workbook, got {(int)response.StatusCode} {response.Content.Headers.ContentType}.");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync();
        return [.. MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}
