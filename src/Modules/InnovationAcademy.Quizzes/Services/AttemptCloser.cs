using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Closes attempts whose time ran out while nobody was looking (the learner closed the tab), so that their
/// grade and the module's completion do not wait for the learner to come back.
/// </summary>
internal sealed class AttemptCloser(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock) : IPeriodicWork
{
    public TimeSpan Every { get; } = TimeSpan.FromSeconds(configuration.GetValue("Quizzes:CloseExpiredEverySeconds", 60.0));

    public Task RunAsync(CancellationToken cancellationToken) => CloseExpiredAsync(cancellationToken);

    public async Task<int> CloseExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var attempts = scope.ServiceProvider.GetRequiredService<QuizAttempts>();
        var quizzes = scope.ServiceProvider.GetRequiredService<QuizStore>();
        var limit = clock.GetUtcNow().UtcDateTime - QuizAttempts.Grace;
        var expired = await db.Set<QuizAttempt>().Include(a => a.Answers)
            .Where(a => a.SubmittedUtc == null && a.DeadlineUtc != null && a.DeadlineUtc < limit)
            .OrderBy(a => a.DeadlineUtc).Take(200).ToListAsync(cancellationToken);
        foreach (var group in expired.GroupBy(a => a.QuizId))
        {
            var quiz = await quizzes.LoadAsync(group.Key, cancellationToken);
            foreach (var attempt in group)
            {
                await attempts.SubmitAsync(quiz, attempt, timedOut: true, cancellationToken);
            }
        }

        return expired.Count;
    }
}
