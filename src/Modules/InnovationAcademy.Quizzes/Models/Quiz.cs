namespace InnovationAcademy.Quizzes.Models;

/// <summary>The quiz of one course module. It belongs to the course and the module's key, not to a course version.</summary>
internal sealed class Quiz
{
    public int Id { get; set; }

    /// <summary>The quiz's address: <c>/courses/{slug}/quizzes/{key}</c>.</summary>
    public Guid Key { get; set; }

    public int CourseId { get; set; }

    public Guid ModuleKey { get; set; }

    public required string Title { get; set; }

    public int PassPercent { get; set; } = 70;

    /// <summary>Null for as many attempts as the learner likes.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Null for no time limit.</summary>
    public int? TimeLimitMinutes { get; set; }

    public GradingMethod Grading { get; set; }

    public bool ShuffleOptions { get; set; }

    public ReviewPolicy Review { get; set; }

    public int QuestionsPerPage { get; set; } = 1;

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The questions this quiz asks every time (those of a category it draws from are drawn instead).</summary>
    public List<Question> Questions { get; set; } = [];

    /// <summary>The course bank's questions in the categories this quiz draws from; loaded with the quiz, never saved through it.</summary>
    public List<Question> Pool { get; set; } = [];

    /// <summary>How many questions each attempt draws at random from a category; questions of other categories are asked every time.</summary>
    public List<QuizDraw> Draws { get; set; } = [];

    /// <summary>Every question an attempt of this quiz may ask: its own in order, then the rest of its pool.</summary>
    public IEnumerable<Question> AllQuestions() =>
        Questions.OrderBy(q => q.Position).Concat(Pool).DistinctBy(q => q.Key);

    public Dictionary<Guid, Question> QuestionsByKey() => AllQuestions().ToDictionary(q => q.Key);

    /// <summary>How many questions one attempt asks.</summary>
    public int QuestionsPerAttempt =>
        Questions.Count(q => !Draws.Any(d => d.Category == q.Category)) + Draws.Sum(d => d.Count);
}
