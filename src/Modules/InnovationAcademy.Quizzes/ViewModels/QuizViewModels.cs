using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;

namespace InnovationAcademy.Quizzes.ViewModels;

/// <summary>A quiz's line in the course outline: its link and, for a learner, where they stand.</summary>
internal sealed record OutlineQuiz(string Slug, Guid QuizKey, string Title, decimal? Grade, bool Passed);

internal sealed class QuizIntroViewModel
{
    /// <summary>The items before and after the quiz on the course's path.</summary>
    public (Courses.Services.PathItem? Previous, Courses.Services.PathItem? Next) Around { get; init; }

    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    public required Quiz Quiz { get; init; }

    public required IReadOnlyList<QuizAttempt> Attempts { get; init; }

    public decimal? Grade { get; init; }

    public bool Passed { get; init; }

    public bool CanReview { get; init; }

    public QuizAttempt? Open => Attempts.FirstOrDefault(a => a.IsOpen);

    public bool AttemptsLeft => Quiz.MaxAttempts is not { } max || Attempts.Count < max;

    public string Base => $"/courses/{Slug}/quizzes/{Quiz.Key}";
}

/// <summary>One page of an attempt: its questions in the attempt's order, options shuffled when the quiz says, with what was saved.</summary>
internal sealed class AttemptPageViewModel
{
    public required string Slug { get; init; }

    public required Quiz Quiz { get; init; }

    public required QuizAttempt Attempt { get; init; }

    public required int PageNumber { get; init; }

    public required int PageCount { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>The position of the page's first question in the attempt, from 1.</summary>
    public int FirstNumber { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public string Base => $"/courses/{Slug}/quizzes/{Quiz.Key}/attempts/{Attempt.Number}";

    public IReadOnlyList<string> Saved(Question question) => Attempt.Answers.FirstOrDefault(a => a.QuestionKey == question.Key)?.Values ?? [];

    /// <summary>The options in this attempt's order: the same every time the page shows, different for another attempt.</summary>
    public IReadOnlyList<QuestionOption> Options(Question question) => OptionsInOrder(Quiz, Attempt, question);

    /// <summary>The order an attempt showed a question's options in; its review shows them in the same order.</summary>
    public static IReadOnlyList<QuestionOption> OptionsInOrder(Quiz quiz, QuizAttempt attempt, Question question)
    {
        var options = question.Options.OrderBy(o => o.Position).ToList();
        if (!quiz.ShuffleOptions || question.Kind == QuestionKind.TrueFalse)
        {
            return options;
        }

        var random = new Random(attempt.Seed ^ question.Key.GetHashCode());
        return options.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>Matching: every answer on offer, in a neutral order that tells nothing.</summary>
    public static IReadOnlyList<string> Matches(Question question) =>
        question.Options.Select(o => o.Match ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
}

internal sealed class AttemptResultViewModel
{
    /// <summary>The items before and after the quiz on the course's path.</summary>
    public (Courses.Services.PathItem? Previous, Courses.Services.PathItem? Next) Around { get; init; }

    public required string Slug { get; init; }

    public required Quiz Quiz { get; init; }

    public required QuizAttempt Attempt { get; init; }

    /// <summary>The questions the attempt asked, by key.</summary>
    public required IReadOnlyDictionary<Guid, Question> Questions { get; init; }

    public bool CanReview { get; init; }

    public bool AttemptsLeft { get; init; }

    public bool Passed => Attempt.FinalPercent is { } percent && percent >= Quiz.PassPercent;

    public string Base => $"/courses/{Slug}/quizzes/{Quiz.Key}";
}

/// <summary>A course's quizzes module by module; what the user may do with them depends on their permissions.</summary>
internal sealed record CourseQuizzesViewModel(Core.Courses.CourseRef Course, IReadOnlyList<ModuleQuiz> Modules, bool CanEdit, bool CanGrade);

internal sealed record QuizResultsViewModel(Core.Courses.CourseRef Course, Quiz Quiz, IReadOnlyList<QuestionStats> Questions, IReadOnlyList<AttemptRow> Attempts);

/// <summary>A module of the course's latest version, with its quiz if it has one.</summary>
internal sealed record ModuleQuiz(Guid ModuleKey, string ModuleTitle, QuizSummary? Summary);

/// <summary>The quiz settings form, for a new quiz of a module or an existing one.</summary>
internal sealed class QuizSettingsViewModel
{
    public required Core.Courses.CourseRef Course { get; init; }

    public required string ModuleTitle { get; init; }

    public required Guid ModuleKey { get; init; }

    /// <summary>Null while the quiz is new.</summary>
    public Quiz? Quiz { get; init; }

    public required QuizDefinition Values { get; init; }

    /// <summary>Field name → what is wrong with it.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public required IReadOnlyList<(string Category, int Count)> Categories { get; init; }

    public string Action => Quiz is { } quiz
        ? $"/admin/courses/{Course.Slug}/quizzes/{quiz.Key}/settings"
        : $"/admin/courses/{Course.Slug}/quizzes/new?module={ModuleKey}";

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    public IReadOnlyList<DrawDefinition> DrawRows =>
        [.. Values.Draws ?? [], .. Enumerable.Repeat(new DrawDefinition("", 1), QuizSettingsForm.SpareDraws)];
}

internal sealed record QuizDeleteViewModel(Core.Courses.CourseRef Course, Quiz Quiz, int Attempts);

/// <summary>One question on an attempt's summary: where it is, and whether it is answered or marked.</summary>
internal sealed record AttemptSummaryRow(int Number, string Text, int Page, Guid Key, bool Answered, bool Flagged);

internal sealed class AttemptSummaryViewModel
{
    public required string Slug { get; init; }

    public required Quiz Quiz { get; init; }

    public required QuizAttempt Attempt { get; init; }

    public required IReadOnlyList<AttemptSummaryRow> Rows { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public int Blank => Rows.Count(r => !r.Answered);

    public int Marked => Rows.Count(r => r.Flagged);

    public string Base => $"/courses/{Slug}/quizzes/{Quiz.Key}/attempts/{Attempt.Number}";
}
