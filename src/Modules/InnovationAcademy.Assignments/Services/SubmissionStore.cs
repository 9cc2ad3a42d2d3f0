using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace InnovationAcademy.Assignments.Services;

/// <summary>
/// The folder of handed-in files (<c>Assignments:Path</c>, by default App_Data/assignments): outside every public
/// folder, so a file is reached only through the pages that check who asks.
/// </summary>
internal sealed class SubmissionStore(IConfiguration configuration, IHostEnvironment environment)
{
    private string Root => configuration["Assignments:Path"] is { Length: > 0 } path
        ? Path.GetFullPath(path, environment.ContentRootPath)
        : Path.Combine(environment.ContentRootPath, "App_Data", "assignments");

    /// <summary>Writes the file under a new random name with its proven extension; returns the name.</summary>
    public async Task<string> SaveAsync(byte[] content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + extension;
        await File.WriteAllBytesAsync(Path.Combine(Root, name), content, cancellationToken);
        return name;
    }

    public async Task<byte[]?> ReadAsync(string storedName, CancellationToken cancellationToken)
    {
        var path = PathOf(storedName);
        return path is null || !File.Exists(path) ? null : await File.ReadAllBytesAsync(path, cancellationToken);
    }

    public void Delete(string storedName)
    {
        if (PathOf(storedName) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Only names this store made (hex and an extension) map to a path: nothing else can be read.</summary>
    private string? PathOf(string storedName) =>
        storedName.Length is > 32 and < 40 && storedName[..32].All(Uri.IsHexDigit) && storedName[32] == '.' && storedName[33..].All(char.IsAsciiLetterLower)
            ? Path.Combine(Root, storedName)
            : null;
}
