using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Who has completed which courses, for modules that build on completion (a cohort's graduation rule).</summary>
public sealed class CourseCompletions(AcademyDbContext db)
{
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
}
