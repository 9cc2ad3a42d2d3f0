using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Saves module quizzes. A saved quiz keeps the keys of its questions and options that are still there
/// (matched by key, else by text), so that the answers of earlier attempts still mean the same thing and can be
/// regraded against the new version.
/// </summary>
public sealed class QuizStore(AcademyDbContext db, IAuditLog audit, TimeProvider clock)
{
    public Task<Quiz?> FindAsync(int courseId, Guid moduleKey, CancellationToken cancellationToken = default) =>
        WithQuestions(db.Set<Quiz>().AsNoTracking()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.ModuleKey == moduleKey, cancellationToken);

    public Task<Quiz?> GetAsync(int courseId, Guid quizKey, CancellationToken cancellationToken = default) =>
        WithQuestions(db.Set<Quiz>().AsNoTracking()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.Key == quizKey, cancellationToken);

    /// <summary>How many quizzes each course has, for courses that have any.</summary>
    public Task<Dictionary<int, int>> CountByCourseAsync(CancellationToken cancellationToken = default) =>
        db.Set<Quiz>().AsNoTracking().GroupBy(q => q.CourseId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Creates or updates the quiz of a module; returns whether an existing quiz changed (its attempts need regrading).</summary>
    public async Task<(Quiz Quiz, bool Existed)> SaveAsync(int courseId, Guid moduleKey, QuizDefinition definition, CancellationToken cancellationToken = default)
    {
        var quiz = await WithQuestions(db.Set<Quiz>()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.ModuleKey == moduleKey, cancellationToken);
        var existed = quiz is not null;
        if (quiz is null)
        {
            quiz = new Quiz { Key = definition.Key ?? Guid.NewGuid(), CourseId = courseId, ModuleKey = moduleKey, Title = "" };
            db.Set<Quiz>().Add(quiz);
        }

        quiz.Title = definition.Title.Trim();
        quiz.PassPercent = definition.PassPercent;
        quiz.MaxAttempts = definition.MaxAttempts;
        quiz.TimeLimitMinutes = definition.TimeLimitMinutes;
        quiz.Grading = definition.Grading;
        quiz.ShuffleOptions = definition.ShuffleOptions;
        quiz.Review = definition.Review;
        quiz.QuestionsPerPage = definition.QuestionsPerPage;
        quiz.Draws.Clear();
        quiz.Draws.AddRange((definition.Draws ?? []).Select(d => new QuizDraw { Category = d.Category.Trim(), Count = d.Count }));
        quiz.UpdatedUtc = clock.GetUtcNow().UtcDateTime;

        var kept = new List<Question>();
        for (var i = 0; i < definition.Questions.Count; i++)
        {
            var given = definition.Questions[i];
            var question = quiz.Questions.FirstOrDefault(q => given.Key is { } key && q.Key == key)
                ?? quiz.Questions.FirstOrDefault(q => q.Text == given.Text.Trim() && !kept.Contains(q))
                ?? new Question { Key = given.Key ?? Guid.NewGuid(), Text = "" };
            question.Position = i;
            question.Kind = given.Kind;
            question.Text = given.Text.Trim();
            question.Feedback = given.Feedback.Trim();
            question.PartialCredit = given.PartialCredit;
            question.IgnoreCase = given.IgnoreCase;
            question.IgnoreAccents = given.IgnoreAccents;
            question.Answers = given.Answers.Select(a => a.Trim()).ToList();
            question.Tolerance = given.Tolerance;
            question.Category = string.IsNullOrWhiteSpace(given.Category) ? null : given.Category.Trim();
            MergeOptions(question, given.Options);
            if (!quiz.Questions.Contains(question))
            {
                quiz.Questions.Add(question);
            }

            kept.Add(question);
        }

        foreach (var gone in quiz.Questions.Except(kept).ToList())
        {
            quiz.Questions.Remove(gone);
        }

        audit.Record(existed ? "quiz.changed" : "quiz.created", quiz.Title, $"course {courseId}, {kept.Count} questions");
        await db.SaveChangesAsync(cancellationToken);
        return (quiz, existed);
    }

    private static void MergeOptions(Question question, IReadOnlyList<OptionDefinition> options)
    {
        var kept = new List<QuestionOption>();
        for (var i = 0; i < options.Count; i++)
        {
            var given = options[i];
            var option = question.Options.FirstOrDefault(o => o.Text == given.Text.Trim() && !kept.Contains(o))
                ?? new QuestionOption { Key = Guid.NewGuid(), Text = "" };
            option.Position = i;
            option.Text = given.Text.Trim();
            option.Correct = given.Correct;
            option.Feedback = given.Feedback.Trim();
            option.Match = given.Match?.Trim();
            if (!question.Options.Contains(option))
            {
                question.Options.Add(option);
            }

            kept.Add(option);
        }

        foreach (var gone in question.Options.Except(kept).ToList())
        {
            question.Options.Remove(gone);
        }
    }

    private static IQueryable<Quiz> WithQuestions(IQueryable<Quiz> quizzes) =>
        quizzes.Include(q => q.Questions.OrderBy(x => x.Position)).ThenInclude(x => x.Options.OrderBy(o => o.Position)).AsSplitQuery();
}
