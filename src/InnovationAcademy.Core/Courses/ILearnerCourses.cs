namespace InnovationAcademy.Core.Courses;

/// <summary>
/// The courses a person has already taken up (enrolled, waiting for a decision or a place, or finished), so that
/// pages offering courses to start do not offer those again. The Enrollments module answers it.
/// </summary>
public interface ILearnerCourses
{
    Task<IReadOnlySet<int>> TakenAsync(string userId, CancellationToken cancellationToken = default);
}
