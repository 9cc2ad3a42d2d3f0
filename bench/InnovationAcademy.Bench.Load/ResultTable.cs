using System.Globalization;

namespace InnovationAcademy.Bench.Load;

/// <summary>The benchmark's one table (Markdown), each scenario beside the bare-Kestrel reference.</summary>
internal static class ResultTable
{
    public static string Format(IReadOnlyList<Measured> rows, int connections)
    {
        var reference = rows.FirstOrDefault(r => r.Scenario.OnReference)?.Result.RequestsPerSecond ?? double.NaN;
        var lines = new List<string>
        {
            $"| scenario ({connections} connections) | bytes | requests/s | p50 ms | p95 ms | p99 ms | errors | vs reference | site peak MB |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        lines.AddRange(rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Scenario.Name} | {r.Result.BytesPerResponse:N0} | {r.Result.RequestsPerSecond:N0} | {r.Result.P50:F1} | {r.Result.P95:F1} | {r.Result.P99:F1} | {r.Result.Errors:N0} | {r.Result.RequestsPerSecond / reference:P0} | {(r.Scenario.OnReference ? "" : r.PeakMegabytes.ToString("N0", CultureInfo.InvariantCulture))} |")));
        return string.Join(Environment.NewLine, lines);
    }
}
