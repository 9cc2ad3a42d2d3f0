namespace InnovationAcademy.Testing;

/// <summary>The checkout the tests run from (the folder with InnovationAcademy.sln), for tests that read the sources.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(System.IO.Path.Combine(folder.FullName, "InnovationAcademy.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("the repository root was not found");
        }

        return folder.FullName;
    }
}
