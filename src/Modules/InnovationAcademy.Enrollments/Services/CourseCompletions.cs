using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>A learner's completion of a course, as modules that build on it (certificates) need it.</summary>
public sealed record Completion(int EnrollmentId, int CourseId, string UserId, DateTime CompletedUtc);

/// <summary>Who has completed which courses, for modules that build on completion (a cohort's graduation rule, certificates).</summary>
public sealed class CourseCompletions(AcademyDbContext db)
{
    /// <summary>The learner's completion of the course, or null while it is not complete.</summary>
    public Task<Completion?> OfAsync(int courseId, string userId, CancellationToken cancellationToken = default) =>
        Completions(db.Set<Enrollment>().Where(e => e.CourseId == courseId && e.UserId == userId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every course the learner has completed.</summary>
    public async Task<IReadOnlyList<Completion>> OfUserAsync(string userId, CancellationToken cancellationToken = default) =>
        await Completions(db.Set<Enrollment>().Where(e => e.UserId == userId)).ToListAsync(cancellationToken);

    /// <summary>The courses the learner is taking and has not completed yet (their deadlines still matter to them).</summary>
    public async Task<IReadOnlyList<int>> UnfinishedAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.Status == EnrollmentStatus.Active && e.CompletedUtc == null)
            .Select(e => e.CourseId).ToListAsync(cancellationToken);

    private const int ChunkSize = 500;

    /// <summary>For each of <paramref name="userIds"/> with any, the ids of the <paramref name="courseIds"/> they completed.</summary>
    public async Task<ILookup<string, int>> CompletedAsync(IReadOnlyCollection<int> courseIds, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var found = new List<(string UserId, int CourseId)>();
        if (courseIds.Count == 0)
        {
            return found.ToLookup(f => f.UserId, f => f.CourseId);
        }

        foreach (var chunk in userIds.Chunk(ChunkSize))
        {
            found.AddRange((await db.Set<Enrollment>().AsNoTracking()
                    .Where(e => e.CompletedUtc != null && courseIds.Contains(e.CourseId) && chunk.Contains(e.UserId))
                    .Select(e => new { e.UserId, e.CourseId }).ToListAsync(cancellationToken))
                .Select(e => (e.UserId, e.CourseId)));
        }

        return found.ToLookup(f => f.UserId, f => f.CourseId);
    }

    private static IQueryable<Completion> Completions(IQueryable<Enrollment> enrollments) =>
        enrollments.AsNoTracking().Where(e => e.CompletedUtc != null).OrderBy(e => e.Id)
            .Select(e => new Completion(e.Id, e.CourseId, e.UserId, e.CompletedUtc!.Value));
}
