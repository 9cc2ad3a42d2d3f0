using System.Globalization;
using CsvHelper;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

internal sealed record QuizSummary(Quiz Quiz, int Attempts, int Learners, decimal? AverageGrade, decimal? BestGrade, int Passed);

internal sealed record QuestionStats(Question Question, int Answered, decimal ShareRight, string? CommonWrong);

internal sealed record AttemptRow(QuizAttempt Attempt, string Email, string Name);

/// <summary>What course administrators learn from a quiz: how learners did, and which questions trip them up.</summary>
internal sealed class QuizResults(AcademyDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<QuizSummary>> SummariesAsync(int courseId, CancellationToken cancellationToken = default)
    {
        var quizzes = await db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == courseId).OrderBy(q => q.Title).ToListAsync(cancellationToken);
        var ids = quizzes.Select(q => q.Id).ToList();
        var attempts = (await db.Set<QuizAttempt>().AsNoTracking().Where(a => ids.Contains(a.QuizId) && a.SubmittedUtc != null).ToListAsync(cancellationToken)).ToLookup(a => a.QuizId);
        return quizzes.Select(quiz =>
        {
            var grades = attempts[quiz.Id].GroupBy(a => a.UserId).Select(g => QuizAttempts.GradeOf(quiz, g)!.Value).ToList();
            return new QuizSummary(quiz, attempts[quiz.Id].Count(), grades.Count,
                grades.Count == 0 ? null : Math.Round(grades.Average(), 1), grades.Count == 0 ? null : grades.Max(), grades.Count(g => g >= quiz.PassPercent));
        }).ToList();
    }

    public async Task<IReadOnlyList<QuestionStats>> QuestionsAsync(Quiz quiz, CancellationToken cancellationToken = default)
    {
        var answers = await db.Set<AttemptAnswer>().AsNoTracking()
            .Where(a => db.Set<QuizAttempt>().Any(t => t.Id == a.AttemptId && t.QuizId == quiz.Id && t.SubmittedUtc != null))
            .ToListAsync(cancellationToken);
        var byQuestion = answers.ToLookup(a => a.QuestionKey);
        return quiz.AllQuestions().Select(question =>
        {
            var given = byQuestion[question.Key].ToList();
            var wrongOption = given.Where(a => a.Score < 1).SelectMany(a => a.Values)
                .Select(v => question.Options.FirstOrDefault(o => o.Key.ToString() == v && !o.Correct)?.Text ?? (question.Kind is QuestionKind.ShortAnswer or QuestionKind.Numeric ? v : null))
                .Where(t => t is not null)
                .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            return new QuestionStats(question, given.Count, given.Count == 0 ? 0 : Math.Round(given.Average(a => a.Score ?? 0) * 100, 1), wrongOption);
        }).ToList();
    }

    /// <summary>The submitted attempts with their learners' addresses and names, by address then attempt.</summary>
    public async Task<List<AttemptRow>> AttemptsAsync(Quiz quiz, CancellationToken cancellationToken = default)
    {
        var attempts = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.QuizId == quiz.Id && a.SubmittedUtc != null)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var people = await users.FindManyAsync(attempts.Select(a => a.UserId), cancellationToken);
        return [.. attempts
            .Where(a => people.ContainsKey(a.UserId))
            .Select(a => new AttemptRow(a, people[a.UserId].Email, people[a.UserId].DisplayName))
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Attempt.Number)];
    }

    public static byte[] ToCsv(IEnumerable<AttemptRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            foreach (var header in new[] { "email", "name", "attempt", "submitted_utc", "score_percent", "final_percent", "timed_out", "override_reason" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Email);
                csv.WriteField(row.Name);
                csv.WriteField(row.Attempt.Number.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Attempt.SubmittedUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(row.Attempt.ScorePercent?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(row.Attempt.FinalPercent?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(row.Attempt.TimedOut ? "yes" : "no");
                csv.WriteField(row.Attempt.OverrideReason ?? "");
                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }
}
