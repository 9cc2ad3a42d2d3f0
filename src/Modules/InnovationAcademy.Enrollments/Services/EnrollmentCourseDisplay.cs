using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Adds the enrolment panel to course pages and the progress panel to lessons, and ticks done lessons.</summary>
internal sealed class EnrollmentCourseDisplay(
    LearnerEnrollments learners,
    EnrollmentService enrollments,
    ProgressTracker progress,
    AcademyDbContext db,
    TimeProvider clock) : ICourseDisplayHandler
{
    public const string EnrollmentPanelView = "~/Views/EnrollmentParts/EnrollmentPanel.cshtml";
    public const string LessonProgressView = "~/Views/EnrollmentParts/LessonProgress.cshtml";

    public async Task BuildAsync(CourseDisplayContext context, CancellationToken cancellationToken)
    {
        var user = context.HttpContext.User;
        var enrollment = await learners.FindAsync(context.Course.CourseId, user, cancellationToken);
        if (enrollment is not null)
        {
            context.CompletedLessons.UnionWith(enrollment.Lessons.Select(l => l.LessonKey));
        }

        if (context.Lesson is { } lesson)
        {
            if (enrollment is { IsActive: true })
            {
                await progress.RecordVisitAsync(enrollment, lesson.Key, cancellationToken);
            }

            context.Add(CourseZones.LessonActions, LessonProgressView, new LessonProgressPanel(
                context.Course.Slug, lesson.Key, context.CompletedLessons.Contains(lesson.Key), enrollment?.ProgressPercent ?? 0,
                lesson.Kind == LessonKind.Video, enrollment is { IsActive: true }));
            return;
        }

        context.Add(CourseZones.CourseActions, EnrollmentPanelView, await PanelAsync(context, enrollment, cancellationToken));
    }

    private async Task<EnrollmentPanel> PanelAsync(CourseDisplayContext context, Enrollment? enrollment, CancellationToken cancellationToken)
    {
        var course = context.Course;
        var signedIn = context.HttpContext.User.Identity?.IsAuthenticated == true;
        var settings = await enrollments.GetSettingsAsync(course.CourseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var window = settings.OpensUtc is { } opens && now < opens ? EnrollmentWindowState.NotYetOpen
            : settings.ClosesUtc is { } closes && now >= closes ? EnrollmentWindowState.Closed
            : EnrollmentWindowState.Open;
        var full = settings.Capacity is { } capacity && enrollment is not { IsActive: true }
            && await db.Set<Enrollment>().CountAsync(e => e.CourseId == course.CourseId && e.Status == EnrollmentStatus.Active, cancellationToken) >= capacity;
        var lessons = course.Lessons.Select(l => l.Key).ToList();
        return new EnrollmentPanel(
            course.Slug,
            signedIn,
            enrollment,
            settings,
            window,
            full,
            context,
            lessons.Count > 0 ? lessons[0] : null,
            signedIn && await learners.IsStaffAsync(context.HttpContext.User),
            UserClaims.TimeZoneOf(context.HttpContext.User));
    }
}
