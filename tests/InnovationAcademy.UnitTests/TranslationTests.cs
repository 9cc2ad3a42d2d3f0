using System.Text.Json;
using InnovationAcademy.Testing;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>
/// Every module's Spanish texts share one dictionary at run time, so a key that two modules translate differently
/// shows one module's words in the other's pages ("Accepted" as "Admitidas" on an assignment).
/// </summary>
public sealed class TranslationTests
{
    [Fact]
    public void No_two_modules_translate_the_same_text_differently()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "es.json", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "themes"), "es.json", SearchOption.AllDirectories))
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Localization{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 5, "the modules' es.json files were not found");

        var conflicts = files
            .SelectMany(file => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!.Select(entry => (entry.Key, entry.Value, File: file)))
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .Where(group => group.Select(e => e.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(" / ", group.Select(e => $"{e.Value} ({Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(e.File)))})"))}")
            .ToList();
        Assert.Empty(conflicts);
    }
}
