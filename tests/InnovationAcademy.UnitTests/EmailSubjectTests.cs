using System.Text.RegularExpressions;
using InnovationAcademy.Testing;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>
/// A subject is what a phishing mail is judged by: only texts the site's staff wrote (titles, the site's name) may
/// appear in one, never a name or a message a visitor typed.
/// </summary>
public sealed partial class EmailSubjectTests
{
    private static readonly HashSet<string> StaffWritten = new(StringComparer.Ordinal) { "Title", "CourseTitle", "CohortName", "AssignmentTitle", "SiteName" };

    [Fact]
    public void Subjects_carry_no_text_that_visitors_type()
    {
        var templates = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "Modules"), "*.liquid", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Templates{Path.DirectorySeparatorChar}Email{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(templates.Count > 20, "the e-mail templates were not found");

        var offending = templates
            .SelectMany(file => Variable().Matches(File.ReadLines(file).First()).Select(m => (File: Path.GetFileName(file), Name: m.Groups[1].Value)))
            .Where(v => !StaffWritten.Contains(v.Name))
            .Select(v => $"{v.File}: {v.Name}")
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [GeneratedRegex(@"\{\{-?\s*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();
}
