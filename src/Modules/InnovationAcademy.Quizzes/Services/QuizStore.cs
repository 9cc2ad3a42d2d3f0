using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>
/// Loads and saves module quizzes. A quiz comes with its pool (the course bank's questions of the categories it
/// draws from). A saved quiz keeps the keys of its questions and options that are still there (matched by key,
/// else by text), so that the answers of earlier attempts still mean the same thing and can be regraded.
/// </summary>
internal sealed class QuizStore(AcademyDbContext db, IAuditLog audit, QuizCourseNames courseNames, TimeProvider clock)
{
    public async Task<Quiz?> FindAsync(int courseId, Guid moduleKey, CancellationToken cancellationToken = default) =>
        await WithPoolAsync(await WithQuestions(db.Set<Quiz>().AsNoTracking()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.ModuleKey == moduleKey, cancellationToken), cancellationToken);

    public async Task<Quiz?> GetAsync(int courseId, Guid quizKey, CancellationToken cancellationToken = default) =>
        await WithPoolAsync(await WithQuestions(db.Set<Quiz>().AsNoTracking()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.Key == quizKey, cancellationToken), cancellationToken);

    /// <summary>A quiz by its id, tracked, for grading.</summary>
    public async Task<Quiz> LoadAsync(int quizId, CancellationToken cancellationToken = default) =>
        (await WithPoolAsync(await WithQuestions(db.Set<Quiz>()).FirstAsync(q => q.Id == quizId, cancellationToken), cancellationToken))!;

    /// <summary>The course's quizzes without their questions, in no particular order.</summary>
    public Task<List<Quiz>> ForCourseAsync(int courseId, CancellationToken cancellationToken = default) =>
        db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == courseId).ToListAsync(cancellationToken);

    /// <summary>How many attempts (finished or not) a quiz has: what deleting it throws away.</summary>
    public Task<int> AttemptCountAsync(int quizId, CancellationToken cancellationToken = default) =>
        db.Set<QuizAttempt>().CountAsync(a => a.QuizId == quizId, cancellationToken);

    /// <summary>How many quizzes each course has, for courses that have any.</summary>
    public Task<Dictionary<int, int>> CountByCourseAsync(CancellationToken cancellationToken = default) =>
        db.Set<Quiz>().AsNoTracking().GroupBy(q => q.CourseId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Quizzes that ask at least one question; an empty one (just created by an editor) is not shown to learners nor required.</summary>
    public static IQueryable<Quiz> Ready(IQueryable<Quiz> quizzes, IQueryable<Question> questions) =>
        quizzes.Where(q => q.Draws.Any() || questions.Any(x => x.QuizId == q.Id));

    /// <summary>
    /// How many questions of each category the course bank holds outside the given quiz, so that a quiz's draws can
    /// be checked against what its own questions and the rest of the bank offer together.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> BankOutsideAsync(int courseId, Guid moduleKey, CancellationToken cancellationToken = default) =>
        await db.Set<Question>().AsNoTracking()
            .Where(q => q.CourseId == courseId && q.Category != null
                && !db.Set<Quiz>().Any(z => z.Id == q.QuizId && z.CourseId == courseId && z.ModuleKey == moduleKey))
            .GroupBy(q => q.Category!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    /// <summary>Creates or updates the quiz of a module with its questions; returns whether an existing quiz changed (its attempts need regrading).</summary>
    public async Task<(Quiz Quiz, bool Existed)> SaveAsync(int courseId, Guid moduleKey, QuizDefinition definition, CancellationToken cancellationToken = default)
    {
        var quiz = await WithQuestions(db.Set<Quiz>()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.ModuleKey == moduleKey, cancellationToken);
        var existed = quiz is not null;
        if (quiz is null)
        {
            quiz = new Quiz { Key = definition.Key ?? Guid.NewGuid(), CourseId = courseId, ModuleKey = moduleKey, Title = "" };
            db.Set<Quiz>().Add(quiz);
        }

        ApplySettings(quiz, definition);

        // A key may name a question of the bank (or of another quiz): it moves here rather than being duplicated.
        var givenKeys = definition.Questions.Where(q => q.Key is not null).Select(q => q.Key!.Value).ToList();
        var elsewhere = await db.Set<Question>().Include(q => q.Options)
            .Where(q => q.CourseId == courseId && givenKeys.Contains(q.Key) && (quiz.Id == 0 || q.QuizId != quiz.Id)).ToListAsync(cancellationToken);
        var kept = new List<Question>();
        for (var i = 0; i < definition.Questions.Count; i++)
        {
            var given = definition.Questions[i];
            var question = quiz.Questions.FirstOrDefault(q => given.Key is { } key && q.Key == key)
                ?? elsewhere.FirstOrDefault(q => given.Key is { } key && q.Key == key)
                ?? quiz.Questions.FirstOrDefault(q => q.Text == given.Text.Trim() && !kept.Contains(q))
                ?? new Question { Key = given.Key ?? Guid.NewGuid(), CourseId = courseId, Text = "" };
            question.Position = i;
            QuestionWriter.Apply(question, given);
            if (!quiz.Questions.Contains(question))
            {
                quiz.Questions.Add(question);
            }

            kept.Add(question);
        }

        foreach (var gone in quiz.Questions.Except(kept).ToList())
        {
            quiz.Questions.Remove(gone);
            db.Remove(gone);
        }

        audit.Record(existed ? "quiz.changed" : "quiz.created", quiz.Title, AuditNote.Counted(kept.Count, "course “{1}”, 1 question", "course “{1}”, {0} questions", await courseNames.TitleAsync(courseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        await WithPoolAsync(quiz, cancellationToken);
        return (quiz, existed);
    }

    /// <summary>An editor creates the quiz of a module with its settings; questions are added afterwards.</summary>
    public async Task<Quiz> CreateAsync(int courseId, Guid moduleKey, QuizDefinition settings, CancellationToken cancellationToken = default)
    {
        var quiz = new Quiz { Key = Guid.NewGuid(), CourseId = courseId, ModuleKey = moduleKey, Title = "" };
        ApplySettings(quiz, settings);
        db.Set<Quiz>().Add(quiz);
        audit.Record("quiz.created", quiz.Title, AuditNote.Say("course “{0}”", await courseNames.TitleAsync(courseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return quiz;
    }

    /// <summary>Changes a quiz's settings and draws, leaving its questions alone; returns the quiz, tracked, with its pool.</summary>
    public async Task<Quiz?> SaveSettingsAsync(int courseId, Guid quizKey, QuizDefinition settings, CancellationToken cancellationToken = default)
    {
        var quiz = await WithQuestions(db.Set<Quiz>()).FirstOrDefaultAsync(q => q.CourseId == courseId && q.Key == quizKey, cancellationToken);
        if (quiz is null)
        {
            return null;
        }

        ApplySettings(quiz, settings);
        audit.Record("quiz.settings-changed", quiz.Title, AuditNote.Say("pass mark {0} %, attempts: {1}, grade: {2}", quiz.PassPercent, quiz.MaxAttempts is { } most ? most : AuditNote.Word("unlimited"), AuditNote.Word(QuizText.GradingName(quiz.Grading))));
        await db.SaveChangesAsync(cancellationToken);
        return await WithPoolAsync(quiz, cancellationToken);
    }

    /// <summary>Deletes a quiz and its attempts; its questions stay in the course's bank.</summary>
    public async Task<bool> DeleteAsync(int courseId, Guid quizKey, CancellationToken cancellationToken = default)
    {
        var quiz = await db.Set<Quiz>().FirstOrDefaultAsync(q => q.CourseId == courseId && q.Key == quizKey, cancellationToken);
        if (quiz is null)
        {
            return false;
        }

        db.Remove(quiz);
        audit.Record("quiz.deleted", quiz.Title, AuditNote.Say("course “{0}”", await courseNames.TitleAsync(courseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void ApplySettings(Quiz quiz, QuizDefinition definition)
    {
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
    }

    private async Task<Quiz?> WithPoolAsync(Quiz? quiz, CancellationToken cancellationToken)
    {
        if (quiz is null || quiz.Draws.Count == 0)
        {
            return quiz;
        }

        var categories = quiz.Draws.Select(d => d.Category).ToList();
        quiz.Pool = await db.Set<Question>().AsNoTracking().Include(q => q.Options.OrderBy(o => o.Position))
            .Where(q => q.CourseId == quiz.CourseId && q.Category != null && categories.Contains(q.Category))
            .OrderBy(q => q.Id).AsSplitQuery().ToListAsync(cancellationToken);
        return quiz;
    }

    private static IQueryable<Quiz> WithQuestions(IQueryable<Quiz> quizzes) =>
        quizzes.Include(q => q.Questions.OrderBy(x => x.Position)).ThenInclude(x => x.Options.OrderBy(o => o.Position)).AsSplitQuery();
}
