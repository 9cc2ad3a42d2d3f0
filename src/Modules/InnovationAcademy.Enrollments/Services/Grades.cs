using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Where a graded piece of work stands for the learner.</summary>
public enum GradeState
{
    NotStarted,

    /// <summary>Handed in, waiting for a grader (or for grades to be released).</summary>
    Waiting,

    Passed,
    NotPassed,
    NeedsRework,
}

/// <summary>A rubric criterion as the grader judged it: "Definido", the 2nd of 3 levels.</summary>
public sealed record GradeCriterion(string Title, string Level, int LevelNumber, int LevelCount);

/// <summary>
/// One graded piece of a course on the learner's grades page: a module's quiz (<see cref="ModuleKey"/> set) or the
/// final assignment (null). <see cref="Detail"/> is written by the module that grades, in the reader's language.
/// </summary>
public sealed record GradeItem(
    Guid? ModuleKey,
    string Title,
    string Url,
    decimal? Percent,
    GradeState State,
    string Detail,
    IReadOnlyList<GradeCriterion> Criteria,
    string? Feedback)
{
    /// <summary>The rubric's total: a level's points are its place from the lowest (0, 1, 2…), as graders score it.</summary>
    public int RubricPoints => Criteria.Sum(c => c.LevelNumber - 1);

    /// <summary>The most the rubric can give: every criterion at its highest level.</summary>
    public int RubricMaximum => Criteria.Sum(c => c.LevelCount - 1);
}

/// <summary>Implemented by the modules that grade (quizzes, assignments), for the learner's grades page.</summary>
public interface IGradeProvider
{
    Task<IReadOnlyList<GradeItem>> GradesAsync(CourseOutline course, string userId, CancellationToken cancellationToken);
}
