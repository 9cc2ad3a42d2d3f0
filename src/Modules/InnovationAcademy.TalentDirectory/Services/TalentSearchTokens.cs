using InnovationAcademy.Core.Text;
using System.Globalization;
using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Words added to a profile's search text that no one types: its sector, region and cohort. A public search asks the
/// full-text index (which holds public profiles only) for its words and these together, so with 100,000 profiles the
/// index alone finds, counts and pages the matches, instead of the database joining thousands of them to the table.
/// </summary>
internal static class TalentSearchTokens
{
    public static string Sector(int id) => "zzsector" + id.ToString(CultureInfo.InvariantCulture);

    public static string Region(string region) => "zzregion" + new string(TextFolding.Fold(region).Where(char.IsLetterOrDigit).ToArray());

    public static string Cohort(int id) => "zzcohort" + id.ToString(CultureInfo.InvariantCulture);

    public static string For(TalentProfile profile)
    {
        var tokens = new List<string>(3);
        if (profile.SectorId is { } sector)
        {
            tokens.Add(Sector(sector));
        }

        if (!string.IsNullOrWhiteSpace(profile.Region))
        {
            tokens.Add(Region(profile.Region));
        }

        if (profile.CohortId is { } cohort)
        {
            tokens.Add(Cohort(cohort));
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The tokens a public search with these filters requires.</summary>
    public static IReadOnlyList<string> Required(TalentSearch search)
    {
        var tokens = new List<string>();
        if (search.SectorId is { } sector)
        {
            tokens.Add(Sector(sector));
        }

        if (!string.IsNullOrWhiteSpace(search.Region))
        {
            tokens.Add(Region(search.Region));
        }

        if (search.CohortId is { } cohort)
        {
            tokens.Add(Cohort(cohort));
        }

        return tokens;
    }
}
