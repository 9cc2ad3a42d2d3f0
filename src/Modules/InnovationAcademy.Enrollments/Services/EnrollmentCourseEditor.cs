using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>On a course's administration page: how learners join, how many are in, and who waits for a decision.</summary>
internal sealed class EnrollmentCourseEditor(EnrollmentService enrollments, AcademyDbContext db) : ICourseEditorHandler
{
    public const string View = "~/Views/EnrollmentParts/CourseEditorCard.cshtml";

    public Permission Permission => Permissions.ManageEnrollments;

    public async Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var settings = await enrollments.GetSettingsAsync(courseId, cancellationToken);
        var counts = await db.Set<Enrollment>().AsNoTracking().Where(e => e.CourseId == courseId)
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Completed = g.Count(e => e.CompletedUtc != null) })
            .ToListAsync(cancellationToken);
        int Count(EnrollmentStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        context.Add(View, new EnrollmentEditorCard(
            context.Course.Slug, settings.Method, settings.Capacity,
            Count(EnrollmentStatus.Active), counts.Sum(c => c.Completed), Count(EnrollmentStatus.Pending), Count(EnrollmentStatus.Waitlisted)), 10);
    }
}

internal sealed record EnrollmentEditorCard(string Slug, EnrollmentMethod Method, int? Capacity, int Active, int Completed, int Pending, int Waitlisted);
