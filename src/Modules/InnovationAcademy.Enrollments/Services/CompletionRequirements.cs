using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>
/// Something beyond lessons that completion needs: a module's quiz passed (<see cref="ModuleKey"/> set), or
/// the course's final assignment accepted (<see cref="ModuleKey"/> null).
/// </summary>
public sealed record CompletionRequirement(Guid? ModuleKey, string Title, bool Met);

/// <summary>Implemented by the modules that add conditions to completion (quizzes, assignments).</summary>
public interface ICompletionRequirementProvider
{
    /// <summary>What <paramref name="userId"/> must still do, or has done, in the course beyond its lessons.</summary>
    Task<IReadOnlyList<CompletionRequirement>> GetRequirementsAsync(CourseOutline course, string userId, CancellationToken cancellationToken);
}
