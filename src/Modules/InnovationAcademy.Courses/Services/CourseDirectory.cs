using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// The Courses module's side of <see cref="ICourseDirectory"/>: outlines are made from the versions here, so no
/// other module reads the course tables or holds one of their entities.
/// </summary>
public sealed class CourseDirectory(AcademyDbContext db, CourseCatalog catalog, IMemoryCache cache, ISignal signal) : ICourseDirectory
{
    public async Task<CourseOutline?> PublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = (nameof(CourseOutline), slug);
        if (cache.TryGetValue(key, out CourseOutline? cached))
        {
            return cached;
        }

        var changed = signal.GetToken(CourseCatalog.PublishedSignal);
        if (await catalog.GetPublishedAsync(slug, cancellationToken) is not { } version)
        {
            return null;
        }

        var outline = OutlineOf(version);
        cache.Set(key, outline, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) }.AddExpirationToken(changed));
        return outline;
    }

    public async Task<CourseOutline?> PublishedAsync(int courseId, CancellationToken cancellationToken = default) =>
        (await PublishedManyAsync([courseId], cancellationToken)).GetValueOrDefault(courseId);

    public async Task<IReadOnlyDictionary<int, CourseOutline>> PublishedManyAsync(IEnumerable<int> courseIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<int, CourseOutline>();
        var missing = new List<int>();
        foreach (var id in courseIds.Distinct())
        {
            if (cache.TryGetValue((nameof(CourseOutline), id), out CourseOutline? cached) && cached is not null)
            {
                found[id] = cached;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        // The token is taken before reading, so a change made while we read still evicts what we store.
        var changed = signal.GetToken(CourseCatalog.PublishedSignal);
        foreach (var batch in missing.Chunk(500))
        {
            var versions = await Outlined(db.Set<CourseVersion>()).Where(v => v.Published && batch.Contains(v.CourseId)).ToListAsync(cancellationToken);
            foreach (var version in versions)
            {
                var outline = OutlineOf(version);
                cache.Set((nameof(CourseOutline), version.CourseId), outline,
                    new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) }.AddExpirationToken(changed));
                found[version.CourseId] = outline;
            }
        }

        return found;
    }

    public async Task<CourseOutline?> CurrentAsync(int courseId, CancellationToken cancellationToken = default)
    {
        var version = await Outlined(db.Set<CourseVersion>())
            .Where(v => v.CourseId == courseId && (v.Published || v.Latest))
            .OrderByDescending(v => v.Published)
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : OutlineOf(version);
    }

    public async Task<CourseOutline?> LatestAsync(int courseId, CancellationToken cancellationToken = default) =>
        await Outlined(db.Set<CourseVersion>()).FirstOrDefaultAsync(v => v.CourseId == courseId && v.Latest, cancellationToken) is { } version
            ? OutlineOf(version)
            : null;

    public Task<CourseRef?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        Current(db.Set<CourseVersion>().Where(v => v.Course.Slug == slug).OrderByDescending(v => v.Published))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, CourseRef>> FindManyAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        var found = new Dictionary<int, CourseRef>();
        foreach (var batch in wanted.Chunk(500))
        {
            var versions = await Current(db.Set<CourseVersion>().Where(v => batch.Contains(v.CourseId))).ToListAsync(cancellationToken);
            foreach (var course in versions.Where(v => v.Published || !found.ContainsKey(v.Id)))
            {
                found[course.Id] = course;
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<CourseRef>> AllAsync(CancellationToken cancellationToken = default)
    {
        var versions = await Current(db.Set<CourseVersion>()).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.Id).Select(g => g.OrderByDescending(v => v.Published).First())
            .OrderBy(c => c.Title, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The outline of a version this module loaded with its modules and lessons.</summary>
    internal static CourseOutline OutlineOf(CourseVersion version) => new(
        version.CourseId, version.Id, version.Course.Slug, version.Title, version.Language, version.Hours, version.Published,
        version.Modules.OrderBy(m => m.Position).Select(m => new ModuleOutline(m.Key, m.Position, m.Title,
            m.Lessons.OrderBy(l => l.Position).Select(l => new LessonOutline(l.Key, l.Title, l.Kind, l.Minutes)).ToList())).ToList());

    private static IQueryable<CourseVersion> Outlined(IQueryable<CourseVersion> versions) =>
        versions.AsNoTracking()
            .Include(v => v.Course)
            .Include(v => v.Modules.OrderBy(m => m.Position)).ThenInclude(m => m.Lessons.OrderBy(l => l.Position))
            .AsSplitQuery();

    /// <summary>The published and latest versions (one row each, or one for both) as references.</summary>
    private static IQueryable<CourseRef> Current(IQueryable<CourseVersion> versions) =>
        versions.AsNoTracking().Where(v => v.Published || v.Latest)
            .Select(v => new CourseRef(v.CourseId, v.Course.Slug, v.Title, v.Published));
}
