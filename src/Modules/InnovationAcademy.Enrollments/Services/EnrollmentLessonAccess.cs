using InnovationAcademy.Core.Courses;
using InnovationAcademy.Courses.Services;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Only active learners (and course staff) open a course's lessons while enrolments are on.</summary>
internal sealed class EnrollmentLessonAccess(LearnerEnrollments learners) : ILessonAccessHandler
{
    public async Task<bool> CanOpenLessonsAsync(CourseOutline course, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var enrollment = await learners.FindAsync(course.CourseId, httpContext.User, cancellationToken);
        return enrollment is { IsActive: true } || await learners.IsStaffAsync(httpContext.User);
    }
}
