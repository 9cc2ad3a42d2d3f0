using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary><c>-- recipe run|export</c> works on the SQLite file of a site that is running.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly AcademySiteFactory _site = new();

    [Fact]
    public async Task Recipe_run_and_export_work_beside_the_running_site()
    {
        using var client = _site.CreateSiteClient();
        await client.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        var good = Path.Combine(_site.Folder, "good.recipe.json");
        await File.WriteAllTextAsync(good, """
            { "name": "cli", "steps": [ { "name": "Users", "users": [ { "email": "cli@academy.localhost", "name": "Desde la consola", "roles": ["Learner"], "password": "password-123" } ] } ] }
            """);
        var (code, output, error) = await RunAsync("recipe", "run", good);
        Assert.True(code == 0, error);
        Assert.Contains("cli", output, StringComparison.Ordinal);
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("cli@academy.localhost", "password-123");

        var bad = Path.Combine(_site.Folder, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """
            { "name": "cli-bad", "steps": [ { "name": "Settings", "siteName": "Nope" }, { "name": "Roles", "roles": [ { "name": "X", "permissions": ["Fly"] } ] } ] }
            """);
        (code, _, error) = await RunAsync("recipe", "run", bad);
        Assert.Equal(1, code);
        Assert.Contains("Step 2 (\"Roles\"), role 1 (X): unknown permission Fly", error, StringComparison.Ordinal);
        Assert.Equal("Academia de pruebas", await _site.WithDbAsync(db => db.Set<Core.Settings.SiteSettings>().Select(s => s.SiteName).SingleAsync()));

        var exported = Path.Combine(_site.Folder, "site.recipe.json");
        (code, _, error) = await RunAsync("recipe", "export", exported);
        Assert.True(code == 0, error);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(exported))!;
        var users = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Users")!["users"]!.AsArray();
        Assert.Contains(users, u => u!["email"]!.GetValue<string>() == "cli@academy.localhost");
    }

    [Fact]
    public async Task Recipe_run_without_a_file_fails_with_usage()
    {
        var (code, _, error) = await RunAsync("recipe", "run");
        Assert.NotEqual(0, code);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var host = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        info.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _site.Settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment.Remove("Setup__Recipe");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => _site.Dispose();
}
