using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Courses.Services;

namespace InnovationAcademy.Enrollments.ViewModels;

internal enum EnrollmentWindowState
{
    Open,
    NotYetOpen,
    Closed,
}

/// <summary>The enrolment panel on a course page: what the viewer may do next.</summary>
internal sealed record EnrollmentPanel(
    string Slug,
    bool SignedIn,
    Enrollment? Enrollment,
    EnrollmentSettings Settings,
    EnrollmentWindowState Window,
    bool Full,
    CourseDisplayContext Display,
    Guid? FirstLesson,
    bool IsStaff,
    TimeZoneInfo TimeZone);

/// <summary>Under a lesson: mark it done, and how far the learner has got.</summary>
internal sealed record LessonProgressPanel(string Slug, Guid LessonKey, bool Done, int Percent, bool IsVideo, bool CanComplete);
