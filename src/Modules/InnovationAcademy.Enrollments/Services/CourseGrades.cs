using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>A graded item in its place: its module (null for the course's final work).</summary>
internal sealed record PlacedGrade(ModuleOutline? Module, GradeItem Grade);

/// <summary>A learner's grades in one course, and what the certificate still needs.</summary>
internal sealed record LearnerGrades(
    CourseOutline Course,
    int ProgressPercent,
    DateTime? CompletedUtc,
    IReadOnlyList<PlacedGrade> Grades,
    IReadOnlyList<LessonOutline> LessonsLeft,
    IReadOnlyList<CompletionRequirement> RequirementsLeft);

/// <summary>
/// The learner's grades page: every quiz and the final assignment from the modules that grade them, in the course's
/// order, and what is left to complete the course (lessons, and the conditions those modules add), computed by the
/// same rules as completion.
/// </summary>
internal sealed class CourseGrades(
    AcademyDbContext db,
    ICourseDirectory courses,
    IEnumerable<IGradeProvider> graders,
    IEnumerable<ICompletionRequirementProvider> requirementProviders,
    IEnabledExtensions enabled)
{
    public async Task<LearnerGrades?> ForAsync(string slug, string userId, CancellationToken cancellationToken = default)
    {
        var course = await courses.PublishedAsync(slug, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var enrollment = await db.Set<Enrollment>().AsNoTracking().Include(e => e.Lessons)
            .FirstOrDefaultAsync(e => e.CourseId == course.CourseId && e.UserId == userId && e.Status != EnrollmentStatus.Rejected, cancellationToken);
        if (enrollment is null)
        {
            return null;
        }

        var grades = new List<GradeItem>();
        foreach (var grader in await enabled.FilterAsync(graders, cancellationToken))
        {
            grades.AddRange(await grader.GradesAsync(course, userId, cancellationToken));
        }

        var requirements = new List<CompletionRequirement>();
        foreach (var provider in await enabled.FilterAsync(requirementProviders, cancellationToken))
        {
            requirements.AddRange(await provider.GetRequirementsAsync(course, userId, cancellationToken));
        }

        var modules = course.Modules.ToDictionary(m => m.Key);
        var placed = grades
            .Where(g => g.ModuleKey is null || modules.ContainsKey(g.ModuleKey.Value))
            .Select(g => new PlacedGrade(g.ModuleKey is { } key ? modules[key] : null, g))
            .OrderBy(p => p.Module?.Position ?? int.MaxValue)
            .ToList();
        var done = enrollment.Lessons.Select(l => l.LessonKey).ToHashSet();
        return new LearnerGrades(
            course, enrollment.ProgressPercent, enrollment.CompletedUtc, placed,
            [.. course.Lessons.Where(l => !done.Contains(l.Key))],
            [.. requirements.Where(r => !r.Met)]);
    }
}
