using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Testing;
using Microsoft.Extensions.Localization;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>
/// The audit trail's details read in the administrator's language: the sentence is translated, names stay as
/// written, numbers follow the lab's region, and the platform's words, zones and regions are named, never coded.
/// </summary>
public sealed partial class AuditNoteTests
{
    private static readonly Dictionary<string, string> Spanish = new(StringComparer.Ordinal)
    {
        ["version {0} by {1}"] = "versión {0}, por {1}",
        ["pass mark {0} %, attempts: {1}"] = "nota para aprobar {0} %, intentos: {1}",
        ["unlimited"] = "sin límite",
        ["roles: {0}"] = "roles: {0}",
        ["role:Learner"] = "Estudiante",
        ["role:Editor"] = "Editor/a",
        ["zone {0}, region {1}"] = "zona {0}, región {1}",
    };

    [Fact]
    public void A_Spanish_reader_gets_the_sentence_translated_and_the_numbers_as_their_region_writes_them()
    {
        var note = Stored(AuditNote.Say("version {0} by {1}", 1234, "Yusmely Rodríguez"));
        Assert.Equal("versión 1,234, por Yusmely Rodríguez", note.In(new Dictionary(Spanish), Culture("es-PE")));
        Assert.Equal("versión 1.234, por Yusmely Rodríguez", note.In(new Dictionary(Spanish), Culture("es-EC")));
        Assert.Equal("version 1,234 by Yusmely Rodríguez", note.In(new Dictionary([]), Culture("en")));
        Assert.Equal("version 1234 by Yusmely Rodríguez", note.English());
    }

    [Fact]
    public void Words_of_the_platform_are_translated_and_decimals_keep_the_regions_mark()
    {
        var note = Stored(AuditNote.Say("pass mark {0} %, attempts: {1}", 62.5m, AuditNote.Word("unlimited")));
        Assert.Equal("nota para aprobar 62,5 %, intentos: sin límite", note.In(new Dictionary(Spanish), Culture("es-EC")));
        Assert.Equal("pass mark 62.5 %, attempts: unlimited", note.English());

        var roles = Stored(AuditNote.Say("roles: {0}", AuditNote.Words(["role:Learner", "role:Editor", "Mentoras"])));
        Assert.Equal("roles: Estudiante, Editor/a, Mentoras", roles.In(new Dictionary(Spanish), Culture("es-PE")));

        // A permission's description may hold a comma: it is still one word of the list.
        var permissions = Stored(AuditNote.Say("roles: {0}", AuditNote.Words(["role:Learner", "Users, roles and settings"])));
        Assert.Equal("roles: Estudiante, Users, roles and settings", permissions.In(new Dictionary(Spanish), Culture("es-PE")));
        Assert.Equal("roles: role:Learner, Users, roles and settings", permissions.English());
    }

    [Fact]
    public void Zones_and_regions_are_named_in_the_readers_language_never_by_their_codes()
    {
        var note = Stored(AuditNote.Say("zone {0}, region {1}", AuditNote.Zone("America/Guayaquil"), AuditNote.Region("es-EC")));
        var spanish = WithUiCulture("es", () => note.In(new Dictionary(Spanish), Culture("es-EC")));
        Assert.DoesNotContain("America/", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("es-EC", spanish, StringComparison.Ordinal);
        Assert.Contains("Ecuador", spanish, StringComparison.Ordinal);
        Assert.StartsWith("zona Quito", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_person_wrote_are_kept_as_written_even_with_braces_and_a_hand_edited_row_still_shows()
    {
        var note = Stored(AuditNote.Say("version {0} by {1}", 2, "{0} {{ }} <b>"));
        Assert.Equal("versión 2, por {0} {{ }} <b>", note.In(new Dictionary(Spanish), Culture("es-PE")));

        var broken = AuditNote.Of(new AuditEntry { Action = "course.saved", Subject = "x", DetailsTemplate = "{0} and {1}", DetailsValues = "[{\"text\":\"a\",\"kind\":\"Text\"}]" })!;
        Assert.Equal("{0} and {1} · a", broken.In(new Dictionary([]), Culture("en")));
        Assert.Null(AuditNote.Of(new AuditEntry { Action = "course.saved", Subject = "x", DetailsTemplate = "{0}", DetailsValues = "not json" }));
        Assert.Null(AuditNote.Of(new AuditEntry { Action = "course.saved", Subject = "x", Details = "written before notes" }));
    }

    [Fact]
    public void A_word_with_braces_is_a_word_long_values_are_shortened_to_fit_and_direction_overrides_are_dropped()
    {
        var roles = Stored(AuditNote.Say("roles: {0}", AuditNote.Words(["Evil{0}<b>x</b>", "role:Learner"])));
        Assert.Equal("roles: Evil{0}<b>x</b>, Estudiante", roles.In(new Dictionary(Spanish), Culture("es-PE")));

        // Non-ASCII is escaped in JSON (six characters for "é"): the values shrink until they fit, and still read.
        var reason = string.Concat(Enumerable.Repeat("‹é\"", 330));
        var note = AuditNote.Say("{0}, {1}, by {2}. {3}", "Carmen", "Innovación", "admin@academy.localhost", reason);
        var json = note.ValuesJson(4000);
        Assert.True(json.Length <= 4000, $"{json.Length} characters");
        var kept = AuditNote.Of(new AuditEntry { Action = "certificate.issued", Subject = "x", DetailsTemplate = note.Template, DetailsValues = json })!;
        Assert.StartsWith("Carmen, Innovación, by admin@academy.localhost. ‹é\"", kept.In(new Dictionary([]), Culture("en")), StringComparison.Ordinal);
        Assert.EndsWith("…", kept.Values[3].Text, StringComparison.Ordinal);

        var title = AuditNote.Say("{0}, by {1}", "Curso\u202E", "admin@academy.localhost");
        Assert.Equal("Curso, by admin@academy.localhost", title.English());
    }

    /// <summary>Every sentence and word the modules record has its Spanish: otherwise a Spanish trail shows English.</summary>
    [Fact]
    public void Every_audit_sentence_and_word_in_the_code_has_a_Spanish_translation()
    {
        var translated = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "es.json", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Localization{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(f))!.Keys)
            .ToHashSet(StringComparer.Ordinal);

        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("AuditNote.cs", StringComparison.Ordinal));
        var found = 0;
        var missing = new List<string>();
        foreach (var file in sources)
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Contains("AuditNote.", StringComparison.Ordinal) || l.Contains("RecordOnPlatformPart(", StringComparison.Ordinal)))
            {
                foreach (var text in PlainLiterals(line).Where(t => !ActionCode().IsMatch(t) && t is not ("{0}" or "" or "en")))
                {
                    found++;
                    if (!translated.Contains(text))
                    {
                        missing.Add($"{Path.GetFileName(file)}: {text}");
                    }
                }
            }
        }

        Assert.True(found > 60, $"only {found} audit texts were found: the scan no longer sees the calls");
        Assert.Empty(missing);
    }

    private static AuditNote Stored(AuditNote note) =>
        AuditNote.Of(new AuditEntry { Action = "test.action", Subject = "x", Details = note.English(), DetailsTemplate = note.Template, DetailsValues = note.ValuesJson() })!;

    private static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);

    private static string WithUiCulture(string name, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The line's plain string literals; interpolated ones ($"…") are skipped, being data, not sentences.</summary>
    private static IEnumerable<string> PlainLiterals(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'' && i + 2 < line.Length)
            {
                i = line.IndexOf('\'', i + (line[i + 1] == '\\' ? 3 : 2));
                if (i < 0)
                {
                    yield break;
                }

                continue;
            }

            if (line[i] != '"')
            {
                continue;
            }

            var interpolated = i > 0 && line[i - 1] == '$';
            var text = new System.Text.StringBuilder();
            var j = i + 1;
            for (; j < line.Length && line[j] != '"'; j++)
            {
                if (line[j] == '\\' && j + 1 < line.Length)
                {
                    j++;
                }

                text.Append(line[j]);
            }

            if (!interpolated)
            {
                yield return text.ToString();
            }

            i = j;
        }
    }

    [GeneratedRegex(@"^[a-z-]+\.[a-z.-]+$")]
    private static partial Regex ActionCode();

    private sealed class Dictionary(Dictionary<string, string> entries) : IStringLocalizer
    {
        public LocalizedString this[string name] => entries.TryGetValue(name, out var value) ? new(name, value) : new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments), this[name].ResourceNotFound);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => entries.Select(e => new LocalizedString(e.Key, e.Value));
    }
}
