namespace InnovationAcademy.Testing;

/// <summary>The shared list of hostile inputs (shared/testdata/hostile-markup.txt, beside the checkout).</summary>
public static class HostileMarkup
{
    public static IReadOnlyList<string> Lines { get; } = Load();

    private static List<string> Load()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "hostile-markup.txt");
            if (File.Exists(candidate))
            {
                return File.ReadAllLines(candidate).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            }
        }

        throw new FileNotFoundException("shared/testdata/hostile-markup.txt was not found beside the checkout.");
    }
}
