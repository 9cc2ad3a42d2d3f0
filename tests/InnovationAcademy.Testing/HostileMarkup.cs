namespace InnovationAcademy.Testing;

/// <summary>
/// Hostile inputs: the team's own list (hostile-input.txt beside this file, always there, so the tests pass in a clone
/// with nothing beside it), plus the lines of shared/testdata/hostile-markup.txt when a checkout has it beside it.
/// </summary>
public static class HostileMarkup
{
    public static IReadOnlyList<string> Lines { get; } = Load();

    private static List<string> Load()
    {
        var own = Path.Combine(AppContext.BaseDirectory, "hostile-input.txt");
        var lines = Read(own) ?? throw new FileNotFoundException("The tests' own hostile-input.txt was not copied to the output folder.", own);
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Read(Path.Combine(folder.FullName, "shared", "testdata", "hostile-markup.txt")) is { } shared)
            {
                lines.AddRange(shared);
                break;
            }
        }

        return lines.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string>? Read(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList() : null;
}
