using System.Globalization;
using CsvHelper;
using InnovationAcademy.Core.Export;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// One line of a report or comparison: a figure's value in each cohort and, across two or more cohorts, the change
/// from the first to the last (in percent for counts, in percentage points for rates).
/// </summary>
internal sealed record FigureRow(string Key, string Label, IReadOnlyList<decimal?> Values, bool IsRate)
{
    public decimal? Change =>
        Values.Count < 2 || Values[0] is not { } first || Values[^1] is not { } last ? null
        : IsRate ? last - first
        : first == 0 ? null
        : Math.Round(100m * (last - first) / first, 1);
}

/// <summary>The figures a cohort report shows, in order, as the page, the comparison and the CSV export set them out.</summary>
internal static class CohortReportTable
{
    /// <summary>Headline figures; the labels are localization keys.</summary>
    public static IReadOnlyList<FigureRow> Headline(IReadOnlyList<CohortReport> reports) =>
    [
        new("signUps", "Sign-ups", [.. reports.Select(r => (decimal?)r.SignUps)], false),
        new("accepted", "Accepted participants", [.. reports.Select(r => (decimal?)r.Accepted)], false),
        new("graduates", "Graduates", [.. reports.Select(r => (decimal?)r.Graduates)], false),
        new("graduationRate", "Graduation rate (% of accepted)", [.. reports.Select(r => r.GraduationRate)], true),
        new("sessionsHeld", "Sessions held", [.. reports.Select(r => (decimal?)r.SessionsHeld)], false),
        new("partnerOrganisations", "Partner organisations involved", [.. reports.Select(r => (decimal?)r.PartnerOrganisations)], false),
        new("womenPercent", "Women (% of those who answered)", [.. reports.Select(r => r.WomenPercent)], true),
        new("talentEntries", "Talent directory entries (programme to date)", [.. reports.Select(r => (decimal?)r.TalentEntries)], false),
        new("talentEntriesFromCohort", "… of which by this cohort's participants", [.. reports.Select(r => (decimal?)r.TalentEntriesFromCohort)], false),
    ];

    /// <summary>Sign-ups per channel, every channel any of the cohorts had.</summary>
    public static IReadOnlyList<FigureRow> Channels(IReadOnlyList<CohortReport> reports) =>
        Breakdown(reports, r => r.Channels, reports.SelectMany(r => r.Channels).GroupBy(c => c.Name).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key));

    /// <summary>Sign-ups per digital-readiness level, from most support needed to ready.</summary>
    public static IReadOnlyList<FigureRow> Readiness(IReadOnlyList<CohortReport> reports) =>
        Breakdown(reports, r => r.Readiness, reports.SelectMany(r => r.Readiness).Select(c => c.Name).Distinct());

    private static List<FigureRow> Breakdown(IReadOnlyList<CohortReport> reports, Func<CohortReport, IReadOnlyList<NamedCount>> counts, IEnumerable<string> names) =>
        [.. names.Select(name => new FigureRow(name, name, [.. reports.Select(r => (decimal?)counts(r).Where(c => c.Name == name).Sum(c => c.Count))], false))];

    /// <summary>
    /// Every figure as a workbook for people: sections and figures in the reader's language (<paramref name="word"/>
    /// translates a key), a column per cohort by name, rates and changes as numbers.
    /// </summary>
    public static Spreadsheet Workbook(IReadOnlyList<CohortReport> reports, Func<string, string> word)
    {
        var sheet = new Spreadsheet(word("Results"), [word("Section"), word("Figure"), .. reports.Select(r => r.Name), .. reports.Count > 1 ? [word("Change")] : Array.Empty<string>()]);
        foreach (var (section, rows, label) in new (string, IReadOnlyList<FigureRow>, Func<FigureRow, string>)[]
        {
            (word("Results"), Headline(reports), row => word(row.Label)),
            (word("Sign-ups per channel"), Channels(reports), row => row.Key == "direct" ? word("Direct visit") : row.Key),
            (word("Digital readiness"), Readiness(reports), row => word(row.Key)),
        })
        {
            foreach (var row in rows)
            {
                sheet.Add([section, label(row), .. row.Values.Select(v => (object?)v), .. reports.Count > 1 ? [(object?)row.Change] : Array.Empty<object?>()]);
            }
        }

        return sheet;
    }

    /// <summary>
    /// Every figure as CSV: <c>section, figure, one column per cohort (by slug), change</c>; rates in percent,
    /// changes in percent (counts) or points (rates). Formula cells are escaped so a spreadsheet runs nothing.
    /// </summary>
    public static byte[] Csv(IReadOnlyList<CohortReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            csv.WriteField("section");
            csv.WriteField("figure");
            foreach (var report in reports)
            {
                csv.WriteField(report.Slug);
            }

            if (reports.Count > 1)
            {
                csv.WriteField("change");
            }

            csv.EndRecord();
            foreach (var (section, rows) in new[] { ("headline", Headline(reports)), ("channel", Channels(reports)), ("readiness", Readiness(reports)) })
            {
                foreach (var row in rows)
                {
                    csv.WriteField(section);
                    csv.WriteField(row.Key);
                    foreach (var value in row.Values)
                    {
                        csv.WriteField(value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "");
                    }

                    if (reports.Count > 1)
                    {
                        csv.WriteField(row.Change?.ToString("0.#", CultureInfo.InvariantCulture) ?? "");
                    }

                    csv.EndRecord();
                }
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }
}
