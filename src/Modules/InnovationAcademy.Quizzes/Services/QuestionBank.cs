using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>A question of the bank as the bank's page lists it, with the quiz that asks it every time, if any.</summary>
internal sealed record BankEntry(Question Question, Guid? QuizKey, string? QuizTitle);

internal sealed record BankListing(IReadOnlyList<BankEntry> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A draw that a change to the bank would leave short of questions.</summary>
internal sealed record DrawShortfall(string QuizTitle, string Category, int Wanted, int Left);

/// <summary>
/// The questions of one course, shared by all its quizzes: listed, added, changed and removed here. A change tells
/// which quizzes may have asked the question, so that their attempts are regraded; a change that would leave a
/// quiz's draw without enough questions, or a quiz without any, is refused before anything is saved.
/// </summary>
internal sealed class QuestionBank(AcademyDbContext db, IAuditLog audit, QuizCourseNames courseNames)
{
    public const int PageSize = 25;

    public async Task<BankListing> ListAsync(int courseId, string? category, string? search, int page, CancellationToken cancellationToken = default)
    {
        var questions = db.Set<Question>().AsNoTracking().Where(q => q.CourseId == courseId);
        if (!string.IsNullOrWhiteSpace(category))
        {
            questions = questions.Where(q => q.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = TextFolding.Fold(search.Trim());
            questions = questions.Where(q => FoldedText.Fold(q.Text).Contains(term));
        }

        var total = await questions.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var entries = await (from question in questions
                             join quiz in db.Set<Quiz>() on question.QuizId equals quiz.Id into asked
                             from quiz in asked.DefaultIfEmpty()
                             orderby question.Category, question.Id
                             select new { question, QuizKey = (Guid?)quiz.Key, QuizTitle = quiz.Title })
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new BankListing(entries.Select(e => new BankEntry(e.question, e.QuizKey, e.QuizTitle)).ToList(), total, page, PageSize);
    }

    /// <summary>The course's categories with how many questions each holds, by name.</summary>
    public async Task<IReadOnlyList<(string Category, int Count)>> CategoriesAsync(int courseId, CancellationToken cancellationToken = default) =>
        (await db.Set<Question>().AsNoTracking().Where(q => q.CourseId == courseId && q.Category != null)
            .GroupBy(q => q.Category!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        .OrderBy(c => c.Key, StringComparer.CurrentCulture).Select(c => (c.Key, c.Count)).ToList();

    /// <summary>A question of the course, tracked, with its options.</summary>
    public Task<Question?> GetAsync(int courseId, Guid key, CancellationToken cancellationToken = default) =>
        db.Set<Question>().Include(q => q.Options.OrderBy(o => o.Position)).FirstOrDefaultAsync(q => q.CourseId == courseId && q.Key == key, cancellationToken);

    /// <summary>How many attempts have asked the question: the answers a change or removal regrades.</summary>
    public Task<int> AttemptsAskingAsync(Guid key, CancellationToken cancellationToken = default) =>
        db.Set<QuizAttempt>().CountAsync(a => a.QuestionOrder.Contains(key), cancellationToken);

    /// <summary>Adds a question to the bank, asked every time by <paramref name="quiz"/> when one is given (at its end).</summary>
    public async Task<Question> AddAsync(int courseId, QuestionDefinition definition, Quiz? quiz, CancellationToken cancellationToken = default)
    {
        var question = new Question { Key = Guid.NewGuid(), CourseId = courseId, QuizId = quiz?.Id, Text = "" };
        question.Position = quiz is null ? 0 : await db.Set<Question>().Where(q => q.QuizId == quiz.Id).Select(q => (int?)q.Position).MaxAsync(cancellationToken) + 1 ?? 0;
        QuestionWriter.Apply(question, definition);
        db.Set<Question>().Add(question);
        audit.Record("quiz.question-added", Shorten(question.Text), quiz is null ? AuditNote.Say("course “{0}”, question bank", await courseNames.TitleAsync(courseId, cancellationToken)) : AuditNote.Say("course “{0}”, quiz “{1}”", await courseNames.TitleAsync(courseId, cancellationToken), quiz.Title));
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }

    /// <summary>Saves a changed question; returns the quizzes that may have asked it before or may ask it now.</summary>
    public async Task<IReadOnlyList<int>> UpdateAsync(Question question, QuestionDefinition definition, CancellationToken cancellationToken = default)
    {
        var before = question.Category;
        QuestionWriter.Apply(question, definition);
        audit.Record("quiz.question-changed", Shorten(question.Text), AuditNote.Say("course “{0}”", await courseNames.TitleAsync(question.CourseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return await QuizzesAskingAsync(question.CourseId, question.QuizId, [before, question.Category], cancellationToken);
    }

    /// <summary>Removes a question; returns the quizzes that may have asked it, whose attempts are then graded without it.</summary>
    public async Task<IReadOnlyList<int>> DeleteAsync(Question question, CancellationToken cancellationToken = default)
    {
        var affected = await QuizzesAskingAsync(question.CourseId, question.QuizId, [question.Category], cancellationToken);
        db.Remove(question);
        audit.Record("quiz.question-deleted", Shorten(question.Text), AuditNote.Say("course “{0}”", await courseNames.TitleAsync(question.CourseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return affected;
    }

    /// <summary>
    /// What would go wrong in the course's quizzes if <paramref name="question"/> took <paramref name="newCategory"/>
    /// (or, with <paramref name="removed"/>, left the bank): draws short of questions, or a quiz left with none.
    /// </summary>
    public async Task<IReadOnlyList<DrawShortfall>> ShortfallsAsync(Question question, string? newCategory, bool removed, CancellationToken cancellationToken = default)
    {
        var quizzes = await db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == question.CourseId).ToListAsync(cancellationToken);
        var counts = await db.Set<Question>().AsNoTracking().Where(q => q.CourseId == question.CourseId && q.Key != question.Key)
            .Select(q => new { q.Category, q.QuizId }).ToListAsync(cancellationToken);
        var shortfalls = new List<DrawShortfall>();
        foreach (var quiz in quizzes)
        {
            foreach (var draw in quiz.Draws)
            {
                var left = counts.Count(c => c.Category == draw.Category) + (!removed && newCategory == draw.Category ? 1 : 0);
                if (left < draw.Count)
                {
                    shortfalls.Add(new DrawShortfall(quiz.Title, draw.Category, draw.Count, left));
                }
            }

            var drawn = quiz.Draws.Select(d => d.Category).ToHashSet(StringComparer.Ordinal);
            var fixedLeft = counts.Count(c => c.QuizId == quiz.Id && (c.Category is null || !drawn.Contains(c.Category)))
                + (!removed && question.QuizId == quiz.Id && (newCategory is null || !drawn.Contains(newCategory)) ? 1 : 0);
            if (question.QuizId == quiz.Id && quiz.Draws.Count == 0 && fixedLeft == 0)
            {
                shortfalls.Add(new DrawShortfall(quiz.Title, "", 1, 0));
            }
        }

        return shortfalls;
    }

    /// <summary>Recipe import: the bank-only questions of a course, merged by key (else by text) so earlier answers keep their meaning.</summary>
    public async Task ImportAsync(int courseId, IReadOnlyList<QuestionDefinition> definitions, CancellationToken cancellationToken = default)
    {
        var keys = definitions.Where(d => d.Key is not null).Select(d => d.Key!.Value).ToList();
        var existing = await db.Set<Question>().Include(q => q.Options)
            .Where(q => q.CourseId == courseId && (q.QuizId == null || keys.Contains(q.Key))).ToListAsync(cancellationToken);
        var kept = new List<Question>();
        foreach (var given in definitions)
        {
            var question = existing.FirstOrDefault(q => given.Key is { } key && q.Key == key)
                ?? existing.FirstOrDefault(q => q.QuizId == null && q.Text == given.Text.Trim() && !kept.Contains(q));
            if (question is null)
            {
                question = new Question { Key = given.Key ?? Guid.NewGuid(), CourseId = courseId, Text = "" };
                db.Set<Question>().Add(question);
            }

            QuestionWriter.Apply(question, given);
            kept.Add(question);
        }

        audit.RecordOnPlatformPart("quiz.bank-imported", "Question bank", AuditNote.Counted(kept.Count, "course “{1}”, 1 question", "course “{1}”, {0} questions", await courseNames.TitleAsync(courseId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The questions of the bank that no quiz asks every time, for export.</summary>
    public Task<List<Question>> BankOnlyAsync(int courseId, CancellationToken cancellationToken = default) =>
        db.Set<Question>().AsNoTracking().Include(q => q.Options.OrderBy(o => o.Position))
            .Where(q => q.CourseId == courseId && q.QuizId == null).OrderBy(q => q.Category).ThenBy(q => q.Id).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<int>> QuizzesAskingAsync(int courseId, int? quizId, IReadOnlyList<string?> categories, CancellationToken cancellationToken)
    {
        var named = categories.OfType<string>().Distinct().ToList();
        var quizzes = await db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == courseId).ToListAsync(cancellationToken);
        return quizzes.Where(q => q.Id == quizId || q.Draws.Any(d => named.Contains(d.Category))).Select(q => q.Id).ToList();
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
