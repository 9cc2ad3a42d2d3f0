using System.Globalization;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>A search of the public directory: words, and any of the filters.</summary>
public sealed record TalentSearch(string? Query = null, int? SectorId = null, string? Region = null, string? Skill = null, int? CohortId = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && SectorId is null && string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(Skill) && CohortId is null;
}

/// <summary>What the public sees of a profile in lists, on the map and in open data: never the exact location, never an address.</summary>
public sealed record TalentCard(
    int Id, string DisplayName, string BusinessName, string? Sector, string Skills, string Description, string City, string Region,
    string? CountryOfOrigin, string Languages, string? PhotoUrl, string? Website, string? SocialUrl, string? WhatsApp,
    double? Latitude, double? Longitude, string? Cohort, DateTime? PublishedUtc);

/// <summary>A choice in a filter, with how many public profiles it holds.</summary>
public sealed record FilterOption(string Value, string Label, int Count);

/// <summary>
/// The public directory's reads. Every query starts from <see cref="Public"/>, so hidden, pending, rejected and deleted
/// profiles cannot appear anywhere the public looks; and every projection is <see cref="TalentCard"/>, which has no
/// exact coordinates and no e-mail address.
/// </summary>
public sealed class TalentDirectoryQuery(AcademyDbContext db, TalentSearchIndex index)
{
    public const int PageSize = 24;

    public IQueryable<TalentProfile> Public() =>
        db.Set<TalentProfile>().AsNoTracking().Where(p => p.Status == TalentProfileStatus.Published && !p.Hidden);

    public async Task<Page<TalentCard>> SearchAsync(TalentSearch search, int page, CancellationToken cancellationToken = default)
    {
        var filtered = Filter(search);
        var total = await filtered.CountAsync(cancellationToken);
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await Cards(filtered.OrderBy(p => p.SortName).ThenBy(p => p.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new Page<TalentCard>(items, pageNumber, PageSize, total);
    }

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
        var names = await db.Set<Cohort>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. counts.Where(c => names.ContainsKey(c.CohortId)).Select(c => new FilterOption(c.CohortId.ToString(CultureInfo.InvariantCulture), names[c.CohortId], c.Count)).OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }

    private IQueryable<TalentProfile> Filter(TalentSearch search)
    {
        var profiles = Public();
        var words = TextFolding.Words(search.Query).Concat(TextFolding.Words(search.Skill)).Distinct(StringComparer.Ordinal).ToList();
        if (index.Matching(words) is { } matching)
        {
            profiles = profiles.Where(p => matching.Contains(p.Id));
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

    private IQueryable<TalentCard> Cards(IQueryable<TalentProfile> profiles) =>
        from p in profiles
        join c in db.Set<Cohort>() on p.CohortId equals c.Id into cohorts
        from c in cohorts.DefaultIfEmpty()
        select new TalentCard(
            p.Id, p.DisplayName, p.BusinessName, p.Sector == null ? null : p.Sector.Name, p.Skills, p.Description, p.City, p.Region,
            p.CountryOfOrigin, p.Languages, p.PhotoUrl, p.Website, p.SocialUrl, p.WhatsApp,
            p.PublicLatitude, p.PublicLongitude, c == null ? null : c.Name, p.PublishedUtc);
}
