using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Courses.Services;

/// <summary>A published course as the catalog and the API list it.</summary>
public sealed record CourseSummary(string Slug, string Title, string Summary, string Language, decimal Hours, IReadOnlyList<string> Topics, int ModuleCount, int LessonCount, string? CoverImageUrl);

/// <summary>What learners may read: published versions only. Drafts never leave here.</summary>
public sealed class CourseCatalog(AcademyDbContext db)
{
    public const int PageSize = 12;

    public async Task<Page<CourseSummary>> SearchAsync(string? query, string? topic, string? language, int? page, CancellationToken cancellationToken = default)
    {
        var versions = db.Set<CourseVersion>().AsNoTracking().Where(v => v.Published);
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim().ToUpperInvariant();

            // Runs as SQL UPPER(...) LIKE on both providers.
#pragma warning disable CA1304, CA1311, CA1862
            versions = versions.Where(v => v.Title.ToUpper().Contains(term) || v.Summary.ToUpper().Contains(term) || v.Topics.Any(t => t.ToUpper().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
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
                v.Modules.Count, v.Modules.SelectMany(m => m.Lessons).Count(), v.CoverImageUrl))
            .ToListAsync(cancellationToken);
        return new Page<CourseSummary>(items, pageNumber, PageSize, total);
    }

    /// <summary>The published version with its outline, in a fixed number of queries whatever its size.</summary>
    /// <summary>The published title and slug of each of the courses that has a published version, by course id.</summary>
    public async Task<Dictionary<int, (string Slug, string Title)>> PublishedTitlesAsync(IReadOnlyCollection<int> courseIds, CancellationToken cancellationToken = default) =>
        courseIds.Count == 0 ? []
            : (await db.Set<CourseVersion>().AsNoTracking().Where(v => v.Published && courseIds.Contains(v.CourseId))
                .Select(v => new { v.CourseId, v.Course.Slug, v.Title }).ToListAsync(cancellationToken))
                .ToDictionary(v => v.CourseId, v => (v.Slug, v.Title));

    public Task<CourseVersion?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking()
            .Include(v => v.Course)
            .Include(v => v.Modules.OrderBy(m => m.Position)).ThenInclude(m => m.Lessons.OrderBy(l => l.Position))
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Published && v.Course.Slug == slug, cancellationToken);

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
