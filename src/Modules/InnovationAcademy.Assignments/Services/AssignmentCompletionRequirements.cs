using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>A course with a final assignment is complete only once the learner's work is accepted (and, if blind, released).</summary>
internal sealed class AssignmentCompletionRequirements(AcademyDbContext db) : ICompletionRequirementProvider
{
    public async Task<IReadOnlyList<CompletionRequirement>> GetRequirementsAsync(CourseOutline course, string userId, CancellationToken cancellationToken)
    {
        var assignment = await db.Set<Assignment>().AsNoTracking().FirstOrDefaultAsync(a => a.CourseId == course.CourseId, cancellationToken);
        if (assignment is null)
        {
            return [];
        }

        var accepted = await db.Set<Submission>().AnyAsync(s => s.AssignmentId == assignment.Id && s.UserId == userId && s.Status == SubmissionStatus.Accepted, cancellationToken);
        return [new CompletionRequirement(null, assignment.Title, accepted && !assignment.HidesIdentity)];
    }
}
