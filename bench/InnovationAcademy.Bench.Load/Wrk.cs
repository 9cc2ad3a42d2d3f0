using System.Diagnostics;
using System.Globalization;

namespace InnovationAcademy.Bench.Load;

/// <summary>What wrk measured in one run (bench/load.lua prints it).</summary>
internal sealed record WrkResult(long Requests, double Seconds, long Bytes, double P50, double P95, double P99, double Max, long SocketErrors, long Unexpected)
{
    public double RequestsPerSecond => Requests / Seconds;

    public long BytesPerResponse => Requests == 0 ? 0 : Bytes / Requests;

    public long Errors => SocketErrors + Unexpected;
}

/// <summary>Runs wrk with the benchmark's Lua script against a file of requests.</summary>
internal sealed class Wrk(string script, int threads, int connections)
{
    public async Task<WrkResult> RunAsync(Uri server, string requestsFile, int expectedStatus, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script, server.ToString(), "--", requestsFile,
            expectedStatus.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}):\n{output}\n{error}");
        var values = line["RESULT ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        return new WrkResult((long)values["requests"], values["duration_us"] / 1e6, (long)values["bytes"],
            values["p50_us"] / 1000, values["p95_us"] / 1000, values["p99_us"] / 1000, values["max_us"] / 1000,
            (long)values["socket_errors"], (long)values["unexpected"]);
    }
}
