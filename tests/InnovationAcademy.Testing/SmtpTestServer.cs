using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace InnovationAcademy.Testing;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) on a free loopback port, storing what it receives in a
/// Maildir that the test reads back. It can be stopped and started again to play a mail server that is down.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private Process? _process;

    private readonly bool _smtpUtf8;

    /// <param name="smtpUtf8">Offer SMTPUTF8 (RFC 6531), as mail servers configured for international addresses do; false plays one that only speaks ASCII.</param>
    public SmtpTestServer(int? port = null, bool smtpUtf8 = true)
    {
        _smtpUtf8 = smtpUtf8;
        Port = port ?? FreePort();
        Maildir = Directory.CreateTempSubdirectory("ia-mail-").FullName;

        // A Maildir the handler can write into: it creates the folders only for a path that does not exist.
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, folder));
        }
    }

    public int Port { get; }

    public string Maildir { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAsync()
    {
        // Debian's interpreter, which has the python3-aiosmtpd package (not a pyenv one that may lead PATH).
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] utf8 = _smtpUtf8 ? ["-u"] : [];
        foreach (var argument in (string[])["-m", "aiosmtpd", "-n", .. utf8, "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync() + " (is python3-aiosmtpd installed?)");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on {Port}.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    /// <summary>Waits until a message to <paramref name="to"/> arrives.</summary>
    public Task<MimeMessage> WaitForMessageAsync(string to, TimeSpan? timeout = null) => WaitForMessageAsync(to, _ => true, timeout);

    /// <summary>Waits until a message to <paramref name="to"/> that <paramref name="match"/> accepts arrives.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var found = Messages().LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address.Equals(to, StringComparison.OrdinalIgnoreCase)) && match(m));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} arrived; the server received {Messages().Count}.");
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
