using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// Saves courses as versions: every save adds a version that becomes the latest; a published save also
/// becomes the one learners see. Lesson bodies are rendered and sanitized here, on save.
/// </summary>
internal sealed class CourseStore(AcademyDbContext db, IContentRenderer renderer, IAuditLog audit, CoursePageCache pageCache, ISiteService site, TimeProvider clock)
{
    /// <summary>Validates and saves <paramref name="definition"/>; returns the errors, or none when saved.</summary>
    public async Task<IReadOnlyList<CourseError>> SaveAsync(CourseDefinition definition, string createdBy, string changeNote, CancellationToken cancellationToken = default)
    {
        var errors = CourseValidator.Validate(definition, (await site.GetAsync(cancellationToken))?.AllowExternalImages == true);
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Slug == definition.Slug, cancellationToken);
        var previous = course is null ? null : await db.Set<CourseVersion>()
            .Include(v => v.Modules).ThenInclude(m => m.Lessons)
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.CourseId == course.Id && v.Latest, cancellationToken);
        if (course is null)
        {
            course = new Course { Slug = definition.Slug, CreatedUtc = now };
            db.Set<Course>().Add(course);
        }

        var version = new CourseVersion
        {
            Course = course,
            Number = (previous?.Number ?? 0) + 1,
            Latest = true,
            Published = definition.Published,
            Title = definition.Title.Trim(),
            Summary = definition.Summary.Trim(),
            Language = definition.Language,
            Topics = definition.Topics.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Level = definition.Level.Trim(),
            Hours = definition.Hours,
            CoverImageUrl = definition.CoverImageUrl,
            Prerequisites = definition.Prerequisites.Trim(),
            CreatedUtc = now,
            CreatedBy = createdBy,
            ChangeNote = changeNote.Length > 300 ? changeNote[..300] : changeNote,
            Modules = definition.Modules.Select((module, m) => new CourseModule
            {
                Key = ModuleKey(module, previous),
                Position = m,
                Title = module.Title.Trim(),
                Lessons = module.Lessons.Select((lesson, l) => ToLesson(lesson, l, previous)).ToList(),
            }).ToList(),
        };

        if (previous is not null)
        {
            previous.Latest = false;
        }

        if (definition.Published && course.Id != 0)
        {
            // Tracked, not a bulk update: the old version is unpublished in the same save, or not at all.
            foreach (var published in await db.Set<CourseVersion>().Where(v => v.CourseId == course.Id && v.Published).ToListAsync(cancellationToken))
            {
                published.Published = false;
            }
        }

        db.Set<CourseVersion>().Add(version);
        audit.Record(definition.Published ? "course.published" : "course.saved", course.Slug, SavedBy.VersionNote(version.Number, createdBy));
        await db.SaveChangesAsync(cancellationToken);

        // Inside a recipe the pages are evicted again once it commits (CoursePageCache).
        await pageCache.EvictAsync(cancellationToken);
        return [];
    }

    /// <summary>The latest version of every course, newest change first, for the editors' list.</summary>
    public Task<List<CourseVersion>> LatestVersionsAsync(CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking().Include(v => v.Course).Where(v => v.Latest)
            .OrderByDescending(v => v.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>A version with its outline: the latest, or the one numbered <paramref name="number"/>.</summary>
    public Task<CourseVersion?> GetVersionAsync(string slug, int? number = null, CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking()
            .Include(v => v.Course)
            .Include(v => v.Modules.OrderBy(m => m.Position)).ThenInclude(m => m.Lessons.OrderBy(l => l.Position))
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Course.Slug == slug && (number == null ? v.Latest : v.Number == number), cancellationToken);

    /// <summary>Course id → the number of its published version, for courses that have one.</summary>
    public async Task<Dictionary<int, int?>> PublishedNumbersAsync(CancellationToken cancellationToken = default) =>
        await db.Set<CourseVersion>().AsNoTracking().Where(v => v.Published)
            .ToDictionaryAsync(v => v.CourseId, v => (int?)v.Number, cancellationToken);

    public Task<List<CourseVersion>> HistoryAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking().Where(v => v.Course.Slug == slug)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>Makes the latest version the one learners see.</summary>
    public async Task<bool> PublishLatestAsync(string slug, string by, CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<CourseVersion>().Where(v => v.Course.Slug == slug && (v.Latest || v.Published)).ToListAsync(cancellationToken);
        if (versions.FirstOrDefault(v => v.Latest) is not { } latest)
        {
            return false;
        }

        foreach (var version in versions)
        {
            version.Published = version == latest;
        }

        audit.Record("course.published", slug, SavedBy.VersionNote(latest.Number, by));
        await db.SaveChangesAsync(cancellationToken);
        await pageCache.EvictAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes the course away from learners; its versions stay for editors.</summary>
    public async Task UnpublishAsync(string slug, string by, CancellationToken cancellationToken = default)
    {
        foreach (var version in await db.Set<CourseVersion>().Where(v => v.Course.Slug == slug && v.Published).ToListAsync(cancellationToken))
        {
            version.Published = false;
        }

        audit.Record("course.unpublished", slug, AuditNote.Say("by {0}", by));
        await db.SaveChangesAsync(cancellationToken);
        await pageCache.EvictAsync(cancellationToken);
    }

    /// <summary>A saved version as a definition to change and save again (never published by itself).</summary>
    public static CourseDefinition ToDefinition(CourseVersion version) => new(
        version.Course.Slug,
        version.Title,
        version.Summary,
        version.Language,
        version.Hours,
        version.Topics,
        version.Level,
        version.Prerequisites,
        version.CoverImageUrl,
        Published: false,
        version.Modules.OrderBy(m => m.Position).Select(m => new ModuleDefinition(
            m.Title,
            m.Lessons.OrderBy(l => l.Position).Select(l => new LessonDefinition(
                l.Title, l.Kind.ToString().ToLowerInvariant(), l.Body, l.VideoUrl, l.CaptionsUrl, l.Transcript, l.ResourceUrl, l.Minutes, l.Key)).ToList(),
            m.Key)).ToList());

    /// <summary>A module keeps its key across versions, as lessons do: given, else that of the same-titled module before.</summary>
    private static Guid ModuleKey(ModuleDefinition module, CourseVersion? previous) =>
        module.Key
        ?? previous?.Modules.FirstOrDefault(p => p.Title == module.Title.Trim())?.Key
        ?? Guid.NewGuid();

    private Lesson ToLesson(LessonDefinition lesson, int position, CourseVersion? previous)
    {
        // A lesson keeps its key across versions: given, else that of the same-titled lesson before.
        var key = lesson.Key
            ?? previous?.Modules.SelectMany(m => m.Lessons).FirstOrDefault(p => p.Title == lesson.Title.Trim())?.Key
            ?? Guid.NewGuid();
        return new Lesson
        {
            Key = key,
            Position = position,
            Title = lesson.Title.Trim(),
            Kind = CourseValidator.ParseKind(lesson.Kind)!.Value,
            Body = lesson.Body,
            BodyHtml = renderer.RenderMarkdown(lesson.Body),
            VideoUrl = NullIfEmpty(lesson.VideoUrl),
            CaptionsUrl = NullIfEmpty(lesson.CaptionsUrl),
            Transcript = lesson.Transcript.Trim(),
            ResourceUrl = NullIfEmpty(lesson.ResourceUrl),
            Minutes = lesson.Minutes,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
