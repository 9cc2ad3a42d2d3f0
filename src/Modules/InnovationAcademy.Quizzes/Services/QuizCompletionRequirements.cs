using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>A module with a quiz is complete only once the learner's grade reaches its pass mark.</summary>
internal sealed class QuizCompletionRequirements(AcademyDbContext db) : ICompletionRequirementProvider
{
    public async Task<IReadOnlyList<CompletionRequirement>> GetRequirementsAsync(CourseOutline course, string userId, CancellationToken cancellationToken)
    {
        var moduleKeys = course.Modules.Select(m => m.Key).ToList();
        var quizzes = await QuizStore.Ready(db.Set<Quiz>().AsNoTracking(), db.Set<Question>())
            .Where(q => q.CourseId == course.CourseId && moduleKeys.Contains(q.ModuleKey)).ToListAsync(cancellationToken);
        if (quizzes.Count == 0)
        {
            return [];
        }

        var quizIds = quizzes.Select(q => q.Id).ToList();
        var attempts = (await db.Set<QuizAttempt>().AsNoTracking()
                .Where(a => quizIds.Contains(a.QuizId) && a.UserId == userId && a.SubmittedUtc != null).ToListAsync(cancellationToken))
            .ToLookup(a => a.QuizId);
        return quizzes.Select(q => new CompletionRequirement(q.ModuleKey, q.Title, QuizAttempts.Passed(q, attempts[q.Id]))).ToList();
    }
}
