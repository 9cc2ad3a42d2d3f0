using InnovationAcademy.Core.Courses;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;

namespace InnovationAcademy.Quizzes.ViewModels;

/// <summary>The course's question bank: a page of questions, the categories to filter by, and what a new question may join.</summary>
internal sealed class QuestionBankViewModel
{
    public required CourseRef Course { get; init; }

    public required BankListing Listing { get; init; }

    public required IReadOnlyList<(string Category, int Count)> Categories { get; init; }

    public required IReadOnlyList<Quiz> Quizzes { get; init; }

    public string? Category { get; init; }

    public string? Search { get; init; }

    public string Base => $"/admin/courses/{Course.Slug}/questions";

    /// <summary>A page's address that keeps the filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Category))
        {
            query.Add("category=" + Uri.EscapeDataString(Category));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search));
        }

        query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Base + "?" + string.Join('&', query);
    }
}

/// <summary>The editor of one question, new or saved, with two empty option rows to add more.</summary>
internal sealed class QuestionEditViewModel
{
    public required CourseRef Course { get; init; }

    public required QuestionKind Kind { get; init; }

    /// <summary>Null while the question is new.</summary>
    public Guid? Key { get; init; }

    /// <summary>The quiz that asks the question every time; null for the bank only.</summary>
    public Quiz? Quiz { get; init; }

    /// <summary>New questions: the quizzes it may join.</summary>
    public IReadOnlyList<Quiz> Quizzes { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required QuestionDefinition Values { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>How many attempts have asked this question: saving regrades them.</summary>
    public int AttemptsAsking { get; init; }

    public string Bank => $"/admin/courses/{Course.Slug}/questions";

    public string Action => Key is { } key ? $"{Bank}/{key}" : $"{Bank}/new";

    /// <summary>Where the editor goes back to: the quiz it belongs to, or the bank.</summary>
    public string Back => Quiz is { } quiz ? $"/admin/courses/{Course.Slug}/quizzes/{quiz.Key}/settings" : Bank;

    /// <summary>
    /// The options so far and empty rows to add more: at least four rows in all (a new question has room for four
    /// options at once), and always two spare ones. Empty rows are ignored when saved.
    /// </summary>
    public IReadOnlyList<OptionDefinition> OptionRows =>
        [.. Values.Options, .. Enumerable.Repeat(new OptionDefinition("", false, "", null), Math.Max(2, 4 - Values.Options.Count))];

    /// <summary>What a new question of the kind starts with.</summary>
    public static QuestionDefinition Blank(QuestionKind kind, string? category) => new(
        null, kind, "", "", false, true, true, [], 0,
        kind == QuestionKind.TrueFalse ? [new("true", true, "", null), new("false", false, "", null)] : [],
        category);
}

/// <summary>Asks before a question leaves the bank: how many attempts asked it, and what the removal would break.</summary>
internal sealed record QuestionDeleteViewModel(CourseRef Course, Question Question, Quiz? Quiz, int AttemptsAsking, IReadOnlyList<DrawShortfall> Shortfalls)
{
    public string Bank => $"/admin/courses/{Course.Slug}/questions";
}
