using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.Courses.Services;

/// <summary>A published course as the catalog and the API list it.</summary>
public sealed record CourseSummary(string Slug, string Title, string Summary, string Language, decimal Hours, IReadOnlyList<string> Topics, int ModuleCount, int LessonCount, string? CoverImageUrl)
{
    /// <summary>The course's id, for pages that relate it to a person's courses; not part of the public API's answer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int CourseId { get; init; }
}

/// <summary>What learners may read: published versions only. Drafts never leave here.</summary>
public sealed class CourseCatalog(AcademyDbContext db, IMemoryCache cache, ISignal signal)
{
    public const int PageSize = 12;

    /// <summary>Signalled (on every node) whenever a published course may have changed; see <see cref="CoursePageCache"/>.</summary>
    public const string PublishedSignal = "courses:published";

    /// <summary>Whether anything is published: the menu leads to the catalog only then (a cohorts-only site has none).</summary>
    public async Task<bool> HasCoursesAsync(CancellationToken cancellationToken = default)
    {
        const string key = "courses:any-published";
        if (cache.TryGetValue(key, out bool any))
        {
            return any;
        }

        var changed = signal.GetToken(PublishedSignal);
        any = await db.Set<CourseVersion>().AnyAsync(v => v.Published, cancellationToken);
        cache.Set(key, any, new MemoryCacheEntryOptions().AddExpirationToken(changed));
        return any;
    }

    public async Task<Page<CourseSummary>> SearchAsync(string? query, string? topic, string? language, int? page, CancellationToken cancellationToken = default)
    {
        var versions = db.Set<CourseVersion>().AsNoTracking().Where(v => v.Published);
        if (TextFolding.Words(query) is { Count: > 0 } words)
        {
            // Matched here, folded as people type on phones ("innovacion" finds "Innovación", "PÚBLICA" finds
            // "pública"): SQLite's UPPER knows only ASCII. A site publishes dozens of courses, not millions.
            var texts = await versions.Select(v => new { v.Id, v.Title, v.Summary, v.Topics }).ToListAsync(cancellationToken);
            var matching = texts
                .Where(t => TextFolding.Fold(string.Join(' ', [t.Title, t.Summary, .. t.Topics])) is var haystack && words.All(w => haystack.Contains(w, StringComparison.Ordinal)))
                .Select(t => t.Id).ToList();
            versions = versions.Where(v => matching.Contains(v.Id));
        }

        if (!string.IsNullOrWhiteSpace(topic))
        {
            versions = versions.Where(v => v.Topics.Contains(topic));
        }

        if (!string.IsNullOrWhiteSpace(language))
        {
            versions = versions.Where(v => v.Language == language);
        }

        var total = await versions.CountAsync(cancellationToken);
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await versions
            .OrderBy(v => v.Title)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(v => new CourseSummary(
                v.Course.Slug, v.Title, v.Summary, v.Language, v.Hours, v.Topics,
                v.Modules.Count, v.Modules.SelectMany(m => m.Lessons).Count(), v.CoverImageUrl) { CourseId = v.CourseId })
            .ToListAsync(cancellationToken);
        return new Page<CourseSummary>(items, pageNumber, PageSize, total);
    }

    /// <summary>
    /// The published version with its outline and lessons. Every lesson page, quiz and progress check asks for it, so
    /// it is kept in memory until the course changes (a signal reaches every node) or goes unread for ten minutes.
    /// The object is shared by all requests: read it, never change it or attach it to a context.
    /// </summary>
    internal async Task<CourseVersion?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = (nameof(GetPublishedAsync), slug);
        if (cache.TryGetValue(key, out CourseVersion? cached))
        {
            return cached;
        }

        // The token is taken before reading, so a change made while we read still evicts what we store.
        var changed = signal.GetToken(PublishedSignal);
        var course = await db.Set<CourseVersion>().AsNoTracking()
            .Include(v => v.Course)
            .Include(v => v.Modules.OrderBy(m => m.Position)).ThenInclude(m => m.Lessons.OrderBy(l => l.Position))
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Published && v.Course.Slug == slug, cancellationToken);
        if (course is not null)
        {
            cache.Set(key, course, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) }.AddExpirationToken(changed));
        }

        return course;
    }

    /// <summary>The topics and languages of published courses, for the catalog's filters.</summary>
    public async Task<(IReadOnlyList<string> Topics, IReadOnlyList<string> Languages)> FacetsAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.Set<CourseVersion>().AsNoTracking().Where(v => v.Published)
            .Select(v => new { v.Topics, v.Language }).ToListAsync(cancellationToken);
        return (
            published.SelectMany(p => p.Topics).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList(),
            published.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
