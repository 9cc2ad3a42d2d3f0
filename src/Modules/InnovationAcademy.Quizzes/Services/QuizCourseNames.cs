using System.Globalization;
using InnovationAcademy.Core.Courses;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>A course's title for the audit trail, which names what changed as its readers know it, not by number.</summary>
internal sealed class QuizCourseNames(ICourseDirectory courses)
{
    public async Task<string> TitleAsync(int courseId, CancellationToken cancellationToken = default) =>
        (await courses.FindManyAsync([courseId], cancellationToken)).TryGetValue(courseId, out var course)
            ? course.Title
            : "#" + courseId.ToString(CultureInfo.InvariantCulture);
}
