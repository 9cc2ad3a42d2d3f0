using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Text;
using System.Globalization;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>A search of the public directory: words, and any of the filters.</summary>
internal sealed record TalentSearch(string? Query = null, int? SectorId = null, string? Region = null, string? Skill = null, int? CohortId = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && SectorId is null && string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(Skill) && CohortId is null;
}

/// <summary>What the public sees of a profile in lists, on the map and in open data: never the exact location, never an address.</summary>
internal sealed record TalentCard(
    int Id, string DisplayName, string BusinessName, string? Sector, string Skills, string Description, string City, string Region,
    string? CountryOfOrigin, string Languages, string? PhotoUrl, string? Website, string? SocialUrl, string? WhatsApp,
    double? Latitude, double? Longitude, string? Cohort, DateTime? PublishedUtc);

/// <summary>A choice in a filter, with how many public profiles it holds.</summary>
internal sealed record FilterOption(string Value, string Label, int Count);

/// <summary>
/// The public directory's reads. Every query starts from <see cref="Public"/>, so hidden, pending, rejected and deleted
/// profiles cannot appear anywhere the public looks; and every projection is <see cref="TalentCard"/>, which has no
/// exact coordinates and no e-mail address.
/// </summary>
internal sealed class TalentDirectoryQuery(AcademyDbContext db, ICohortDirectory cohortDirectory, TalentSearchIndex index)
{
    public const int PageSize = 24;

    public IQueryable<TalentProfile> Public() =>
        db.Set<TalentProfile>().AsNoTracking().Where(p => p.Status == TalentProfileStatus.Published && !p.Hidden);

    /// <param name="publicTotal">The number of public profiles, when the caller knows it (the unfiltered list's count).</param>
    public async Task<Page<TalentCard>> SearchAsync(TalentSearch search, int page, int? publicTotal = null, CancellationToken cancellationToken = default)
    {
        var words = Words(search);
        if (words.Count > 0)
        {
            // Words: the full-text index finds, counts and orders the matches with the filters as tokens.
            var tokens = TalentSearchTokens.Required(search);
            var found = await index.CountAsync(words, tokens, cancellationToken);
            var number = Paging.Clamp(page, (int)Math.Ceiling(found / (double)PageSize));
            var ids = await index.PageAsync(words, tokens, (number - 1) * PageSize, PageSize, cancellationToken);
            // By key alone: the index holds public profiles only, and a state condition here would tempt SQLite into
            // scanning the state index instead of looking up 24 keys.
            var cards = await Cards(db.Set<TalentProfile>().AsNoTracking().Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken);
            return new Page<TalentCard>([.. cards.OrderBy(c => ids.IndexOf(c.Id))], number, PageSize, found);
        }

        // Filters alone: each has an index that yields its profiles in name order.
        var filtered = Filter(search);
        var total = search.IsEmpty && publicTotal is { } known ? known : await filtered.CountAsync(cancellationToken);
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await Cards(filtered.OrderBy(p => p.SortName).ThenBy(p => p.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new Page<TalentCard>(items, pageNumber, PageSize, total);
    }

    public Task<int> PublicCountAsync(CancellationToken cancellationToken = default) => Public().CountAsync(cancellationToken);

    /// <summary>Every public profile that matches, with a place on the map, for the map view and open data.</summary>
    public Task<List<TalentCard>> AllAsync(TalentSearch search, CancellationToken cancellationToken = default) =>
        Cards(Filter(search).OrderBy(p => p.Id)).ToListAsync(cancellationToken);

    public Task<TalentCard?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Cards(Public().Where(p => p.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FilterOption>> SectorsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Public().Where(p => p.SectorId != null).GroupBy(p => p.SectorId!.Value)
            .Select(g => new { SectorId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var names = await db.Set<TalentSector>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. counts.Where(c => names.ContainsKey(c.SectorId))
            .Select(c => new FilterOption(c.SectorId.ToString(CultureInfo.InvariantCulture), names[c.SectorId], c.Count))
            .OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyList<FilterOption>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var regions = await Public().Where(p => p.Region != "").GroupBy(p => p.Region)
            .Select(g => new FilterOption(g.Key, g.Key, g.Count())).ToListAsync(cancellationToken);
        return [.. regions.OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyList<FilterOption>> CohortsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Public().Where(p => p.CohortId != null).GroupBy(p => p.CohortId!.Value)
            .Select(g => new { CohortId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.CohortId).ToList();
        var names = await cohortDirectory.Query().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. counts.Where(c => names.ContainsKey(c.CohortId)).Select(c => new FilterOption(c.CohortId.ToString(CultureInfo.InvariantCulture), names[c.CohortId], c.Count)).OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }

    /// <summary>The SQL a search runs (count, then page), for benchmarks and query plans.</summary>
    public IEnumerable<(string Label, string Sql)> Explain(TalentSearch search)
    {
        var filtered = Filter(search);
        yield return ("count", filtered.Select(p => p.Id).ToQueryString());
        yield return ("page", Cards(filtered.OrderBy(p => p.SortName).ThenBy(p => p.Id).Take(PageSize)).ToQueryString());
    }

    private IQueryable<TalentProfile> Filter(TalentSearch search)
    {
        var profiles = Public();
        if (index.Matching(Words(search)) is { } matching)
        {
            // A join, not "Id IN (…)": the database then starts from the index's few matches instead of
            // checking every public profile against them.
            profiles = from id in matching join p in profiles on id equals p.Id select p;
        }

        if (search.SectorId is { } sector)
        {
            profiles = profiles.Where(p => p.SectorId == sector);
        }

        if (!string.IsNullOrWhiteSpace(search.Region))
        {
            var region = search.Region.Trim();
            profiles = profiles.Where(p => p.Region == region);
        }

        if (search.CohortId is { } cohort)
        {
            profiles = profiles.Where(p => p.CohortId == cohort);
        }

        return profiles;
    }

    private static List<string> Words(TalentSearch search) =>
        [.. TextFolding.Words(search.Query).Concat(TextFolding.Words(search.Skill)).Distinct(StringComparer.Ordinal).Take(8)];

    private IQueryable<TalentCard> Cards(IQueryable<TalentProfile> profiles) =>
        from p in profiles
        join c in cohortDirectory.Query() on p.CohortId equals c.Id into cohorts
        from c in cohorts.DefaultIfEmpty()
        select new TalentCard(
            p.Id, p.DisplayName, p.BusinessName, p.Sector == null ? null : p.Sector.Name, p.Skills, p.Description, p.City, p.Region,
            p.CountryOfOrigin, p.Languages, p.PhotoUrl, p.Website, p.SocialUrl, p.WhatsApp,
            p.PublicLatitude, p.PublicLongitude, c == null ? null : c.Name, p.PublishedUtc);
}
