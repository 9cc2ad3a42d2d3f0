namespace InnovationAcademy.Quizzes.Models;

internal enum QuestionKind
{
    /// <summary>One option is right.</summary>
    SingleChoice,

    /// <summary>Several options may be right; all-or-nothing or partial credit.</summary>
    MultipleChoice,

    /// <summary>A statement that is true or false.</summary>
    TrueFalse,

    /// <summary>A typed answer compared with a list of accepted answers.</summary>
    ShortAnswer,

    /// <summary>A number, right within a tolerance.</summary>
    Numeric,

    /// <summary>Each prompt matched with its answer; partial credit per pair.</summary>
    Matching,
}

/// <summary>Which attempts make a learner's grade.</summary>
internal enum GradingMethod
{
    Highest,
    Last,
    Average,
}

/// <summary>When a learner may see the right answers and their feedback.</summary>
internal enum ReviewPolicy
{
    AfterEachAttempt,
    AfterPassing,
    Never,
}
