using System.Diagnostics;
using System.Globalization;

namespace InnovationAcademy.Bench.Load;

/// <summary>A web server started for the benchmark (the site or the reference), stopped when disposed.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Runs <c>dotnet <paramref name="dll"/></c> listening on <paramref name="address"/> and waits until <paramref name="ready"/> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(string dll, Uri address, string ready, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Concat(["--urls", address.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} stopped at start:\n{server.Output}");
            }

            try
            {
                if ((await http.GetAsync(ready)).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Path.GetFileName(dll)} did not answer {ready} within two minutes:\n{server.Output}");
    }

    /// <summary>The most memory the process has held at once (resident set, VmHWM), in megabytes.</summary>
    public double PeakMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }

        return double.NaN;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // The last lines are what explain a failure; a long run's log is not kept whole.
            if (_output.GetStringBuilder().Length > 200_000)
            {
                _output.GetStringBuilder().Remove(0, 100_000);
            }

            _output.WriteLine(line);
        }
    }
}
