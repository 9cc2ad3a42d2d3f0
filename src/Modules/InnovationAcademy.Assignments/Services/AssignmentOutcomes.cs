using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>Whose work was accepted for a course's final assignment, for modules that build on it (a cohort's graduation rule).</summary>
public sealed class AssignmentOutcomes(AcademyDbContext db)
{
    private const int ChunkSize = 500;

    /// <summary>The course's assignment title, or null when the course has none.</summary>
    public Task<string?> TitleAsync(int courseId, CancellationToken cancellationToken = default) =>
        db.Set<Assignment>().AsNoTracking().Where(a => a.CourseId == courseId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Those among <paramref name="userIds"/> whose work for the course's assignment is accepted; a blind assignment's
    /// results count only once released, as for the course's own completion.
    /// </summary>
    public async Task<HashSet<string>> AcceptedAsync(int courseId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        var assignment = await db.Set<Assignment>().AsNoTracking().FirstOrDefaultAsync(a => a.CourseId == courseId, cancellationToken);
        if (assignment is null || assignment.HidesIdentity)
        {
            return accepted;
        }

        foreach (var chunk in userIds.Chunk(ChunkSize))
        {
            accepted.UnionWith(await db.Set<Submission>().AsNoTracking()
                .Where(s => s.AssignmentId == assignment.Id && s.Status == SubmissionStatus.Accepted && chunk.Contains(s.UserId))
                .Select(s => s.UserId).ToListAsync(cancellationToken));
        }

        return accepted;
    }
}
