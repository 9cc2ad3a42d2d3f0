using System.Security.Cryptography;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Attempts from start to grade. The time limit is the server's: answers saved after the deadline (plus a few
/// seconds for the network) are not taken, and an attempt whose time is up is closed and graded with what was
/// saved in time, whether the learner comes back or not (<see cref="AttemptCloser"/>).
/// </summary>
internal sealed class QuizAttempts(AcademyDbContext db, ProgressTracker progress, IAuditLog audit, TimeProvider clock)
{
    /// <summary>How late a page may arrive after the deadline and still count: the time a slow phone takes to send it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>The learner's attempts at a quiz, oldest first; any whose time is up is closed first.</summary>
    public async Task<List<QuizAttempt>> ForLearnerAsync(Quiz quiz, string userId, CancellationToken cancellationToken = default)
    {
        var attempts = await db.Set<QuizAttempt>().Include(a => a.Answers)
            .Where(a => a.QuizId == quiz.Id && a.UserId == userId).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        foreach (var expired in attempts.Where(IsExpired).ToList())
        {
            await SubmitAsync(quiz, expired, timedOut: true, cancellationToken);
        }

        return attempts;
    }

    /// <summary>Resumes the open attempt, or starts a new one if attempts remain; else the reason it cannot.</summary>
    public async Task<(QuizAttempt? Attempt, string? Refusal)> StartAsync(Quiz quiz, string userId, CancellationToken cancellationToken = default)
    {
        var attempts = await ForLearnerAsync(quiz, userId, cancellationToken);
        if (attempts.FirstOrDefault(a => a.IsOpen) is { } open)
        {
            return (open, null);
        }

        if (quiz.MaxAttempts is { } max && attempts.Count >= max)
        {
            return (null, "You have used every attempt of this quiz.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = new QuizAttempt
        {
            QuizId = quiz.Id,
            UserId = userId,
            Number = attempts.Count + 1,
            StartedUtc = now,
            DeadlineUtc = quiz.TimeLimitMinutes is { } minutes ? now.AddMinutes(minutes) : null,
            QuestionOrder = Draw(quiz),
            Seed = RandomNumberGenerator.GetInt32(int.MaxValue),
        };
        db.Set<QuizAttempt>().Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click started the same attempt number: use the one that won.
            db.ChangeTracker.Clear();
            return ((await ForLearnerAsync(quiz, userId, cancellationToken)).FirstOrDefault(a => a.IsOpen), null);
        }

        return (attempt, null);
    }

    /// <summary>The questions of a new attempt: the fixed ones in order, then each category's draw from the course bank, at random.</summary>
    public static List<Guid> Draw(Quiz quiz)
    {
        var drawn = quiz.Draws.Select(d => d.Category).ToHashSet(StringComparer.Ordinal);
        var order = quiz.Questions.Where(q => q.Category is null || !drawn.Contains(q.Category)).OrderBy(q => q.Position).Select(q => q.Key).ToList();
        foreach (var draw in quiz.Draws)
        {
            var pool = quiz.Pool.Where(q => q.Category == draw.Category).Select(q => q.Key).ToArray();
            RandomNumberGenerator.Shuffle(pool.AsSpan());
            order.AddRange(pool.Take(draw.Count));
        }

        return order;
    }

    /// <summary>
    /// Keeps the answers of one page; returns the attempt as saved (tracked), or null when the attempt is closed or its
    /// time is up (then it is closed). The same page posted twice at once (a double click, a retry) is saved once.
    /// </summary>
    /// <param name="answers">The page's questions, each with its values (none for a question left blank).</param>
    /// <param name="flagged">Those of the page's questions the learner marked to come back to; null keeps the marks as they are.</param>
    public async Task<QuizAttempt?> SaveAsync(Quiz quiz, QuizAttempt attempt, IReadOnlyDictionary<Guid, List<string>> answers, IReadOnlySet<Guid>? flagged = null, CancellationToken cancellationToken = default)
    {
        if (!attempt.IsOpen)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (attempt.DeadlineUtc is { } deadline && now > deadline + Grace)
        {
            await SubmitAsync(quiz, attempt, timedOut: true, cancellationToken);
            return null;
        }

        Apply(attempt, answers, flagged, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A concurrent post of this page inserted these answers first (unique per attempt and question): take
            // its rows and write this request's values over them, as a later save of the page does.
            db.ChangeTracker.Clear();
            attempt = await db.Set<QuizAttempt>().Include(a => a.Answers).FirstAsync(a => a.Id == attempt.Id, cancellationToken);
            if (!attempt.IsOpen)
            {
                return null;
            }

            Apply(attempt, answers, flagged, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return attempt;
    }

    private static void Apply(QuizAttempt attempt, IReadOnlyDictionary<Guid, List<string>> answers, IReadOnlySet<Guid>? flagged, DateTime now)
    {
        if (flagged is not null)
        {
            attempt.Flagged = [.. attempt.Flagged.Where(k => !answers.ContainsKey(k)), .. answers.Keys.Where(flagged.Contains)];
        }

        foreach (var (key, values) in answers.Where(a => attempt.QuestionOrder.Contains(a.Key)))
        {
            var answer = attempt.Answers.FirstOrDefault(a => a.QuestionKey == key);
            if (answer is null)
            {
                answer = new AttemptAnswer { QuestionKey = key };
                attempt.Answers.Add(answer);
            }

            answer.Values = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Length > 1000 ? v[..1000] : v).Take(50).ToList();
            answer.SavedUtc = now;
        }
    }

    /// <summary>Grades the attempt with what was saved (in time) and closes it; completion is evaluated again.</summary>
    public async Task SubmitAsync(Quiz quiz, QuizAttempt attempt, bool timedOut, CancellationToken cancellationToken = default)
    {
        if (!attempt.IsOpen)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        attempt.TimedOut = timedOut || (attempt.DeadlineUtc is { } deadline && now > deadline + Grace);
        attempt.SubmittedUtc = attempt.TimedOut && attempt.DeadlineUtc is { } end ? end : now;

        // One submission wins (a double click, the learner and AttemptCloser at once): the others find it closed.
        var submittedUtc = attempt.SubmittedUtc;
        if (await db.Set<QuizAttempt>().Where(a => a.Id == attempt.Id && a.SubmittedUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.SubmittedUtc, submittedUtc), cancellationToken) == 0)
        {
            return;
        }

        Grade(attempt, await QuestionsOfAsync(quiz, [attempt], cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await progress.RecordActivityAsync(quiz.CourseId, attempt.UserId, cancellationToken);
        await progress.ReevaluateAsync(quiz.CourseId, attempt.UserId, cancellationToken);
    }

    /// <summary>Grades every submitted attempt again after the quiz changed, and the learners' completion with them.</summary>
    public async Task<int> RegradeAsync(Quiz quiz, CancellationToken cancellationToken = default)
    {
        var attempts = await db.Set<QuizAttempt>().Include(a => a.Answers)
            .Where(a => a.QuizId == quiz.Id && a.SubmittedUtc != null).ToListAsync(cancellationToken);
        var questions = await QuestionsOfAsync(quiz, attempts, cancellationToken);
        foreach (var attempt in attempts)
        {
            Grade(attempt, questions);
        }

        audit.Record("quiz.regraded", quiz.Title, AuditNote.Counted(attempts.Count, "1 attempt", "{0} attempts"));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var userId in attempts.Select(a => a.UserId).Distinct())
        {
            await progress.ReevaluateAsync(quiz.CourseId, userId, cancellationToken);
        }

        return attempts.Count;
    }

    /// <summary>An administrator replaces an attempt's grade, with a reason kept in the audit log.</summary>
    public async Task<bool> OverrideAsync(Quiz quiz, int attemptId, decimal percent, string reason, string by, CancellationToken cancellationToken = default)
    {
        var attempt = await db.Set<QuizAttempt>().FirstOrDefaultAsync(a => a.Id == attemptId && a.QuizId == quiz.Id && a.SubmittedUtc != null, cancellationToken);
        if (attempt is null)
        {
            return false;
        }

        audit.Record("quiz.grade-overridden", quiz.Title, AuditNote.Say("attempt {0} of user {1}: {2} % → {3} %. {4}", attempt.Number, attempt.UserId, attempt.FinalPercent, percent, reason));
        attempt.OverridePercent = percent;
        attempt.OverrideReason = reason.Trim();
        attempt.OverriddenBy = by;
        await db.SaveChangesAsync(cancellationToken);
        await progress.ReevaluateAsync(quiz.CourseId, attempt.UserId, cancellationToken);
        return true;
    }

    /// <summary>The learner's grade for the quiz by its grading method, or null before any submitted attempt.</summary>
    public static decimal? GradeOf(Quiz quiz, IEnumerable<QuizAttempt> attempts)
    {
        var graded = attempts.Where(a => a.FinalPercent is not null).OrderBy(a => a.Number).Select(a => a.FinalPercent!.Value).ToList();
        return graded.Count == 0 ? null : quiz.Grading switch
        {
            GradingMethod.Last => graded[^1],
            GradingMethod.Average => Math.Round(graded.Average(), 2),
            _ => graded.Max(),
        };
    }

    public static bool Passed(Quiz quiz, IEnumerable<QuizAttempt> attempts) => GradeOf(quiz, attempts) is { } grade && grade >= quiz.PassPercent;

    public bool IsExpired(QuizAttempt attempt) =>
        attempt.IsOpen && attempt.DeadlineUtc is { } deadline && clock.GetUtcNow().UtcDateTime > deadline + Grace;

    /// <summary>
    /// The questions the attempts asked, by key. An attempt keeps the questions it drew even after the quiz stops
    /// drawing their category or a question changes category; only a deleted question is gone (and not counted).
    /// </summary>
    public async Task<Dictionary<Guid, Question>> QuestionsOfAsync(Quiz quiz, IEnumerable<QuizAttempt> asked, CancellationToken cancellationToken = default)
    {
        var questions = quiz.QuestionsByKey();
        var missing = asked.SelectMany(a => a.QuestionOrder).Where(k => !questions.ContainsKey(k)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var question in await db.Set<Question>().AsNoTracking().Include(q => q.Options)
                         .Where(q => q.CourseId == quiz.CourseId && missing.Contains(q.Key)).ToListAsync(cancellationToken))
            {
                questions[question.Key] = question;
            }
        }

        return questions;
    }

    private static void Grade(QuizAttempt attempt, Dictionary<Guid, Question> questions)
    {
        var counted = attempt.QuestionOrder.Where(questions.ContainsKey).ToList();
        decimal total = 0;
        foreach (var key in counted)
        {
            var answer = attempt.Answers.FirstOrDefault(a => a.QuestionKey == key);
            var score = answer is null ? 0 : QuizGrader.Score(questions[key], answer.Values);
            if (answer is not null)
            {
                answer.Score = score;
            }

            total += score;
        }

        attempt.ScorePercent = counted.Count == 0 ? 0 : Math.Round(total * 100 / counted.Count, 2);
    }
}
