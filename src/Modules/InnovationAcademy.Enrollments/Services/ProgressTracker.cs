using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>
/// Learners' progress and the completion rules, evaluated on the server: a module is complete when its
/// lessons are done and its requirements (a quiz passed) are met; the course is complete when every module
/// is and its own requirements (the final assignment accepted) are met. Each completion is recorded once
/// and its event raised once.
/// </summary>
public sealed class ProgressTracker(
    AcademyDbContext db,
    ICourseDirectory courses,
    IEnumerable<ICompletionRequirementProvider> requirementProviders,
    IEnabledExtensions enabled,
    EnrollmentEvents events,
    EnrollmentActor actor,
    TimeProvider clock)
{
    /// <summary>How often opening lessons updates "last activity" at most, so reading does not write on every page.</summary>
    private static readonly TimeSpan ActivityResolution = TimeSpan.FromMinutes(5);

    /// <summary>Marks a lesson done for an active learner; false when they may not (not active, no such lesson).</summary>
    public async Task<bool> CompleteLessonAsync(int enrollmentId, Guid lessonKey, string via, CancellationToken cancellationToken = default)
    {
        var enrollment = await LoadAsync(e => e.Id == enrollmentId, cancellationToken);
        if (enrollment is not { IsActive: true })
        {
            return false;
        }

        var course = await courses.PublishedAsync(enrollment.CourseId, cancellationToken);
        if (course is null || !course.Modules.Any(m => m.Lessons.Any(l => l.Key == lessonKey)))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = !enrollment.Lessons.Any(l => l.LessonKey == lessonKey);
        if (isNew)
        {
            enrollment.Lessons.Add(new LessonCompletion { LessonKey = lessonKey, CompletedUtc = now, Via = via });
        }

        enrollment.LastActivityUtc = now;
        enrollment.LastLessonKey = lessonKey;
        var outcome = await EvaluateAsync(enrollment, course, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the other request recorded it (unique lesson per enrolment).
            db.ChangeTracker.Clear();
            return true;
        }

        await RaiseAsync(enrollment, isNew ? lessonKey : null, outcome, cancellationToken);
        return true;
    }

    /// <summary>Evaluates the rules again after a requirement changed (a quiz passed, an assignment accepted).</summary>
    public async Task ReevaluateAsync(int courseId, string userId, CancellationToken cancellationToken = default)
    {
        var enrollment = await LoadAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
        var course = enrollment is null ? null : await courses.PublishedAsync(enrollment.CourseId, cancellationToken);
        if (enrollment is null || course is null)
        {
            return;
        }

        var outcome = await EvaluateAsync(enrollment, course, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseAsync(enrollment, null, outcome, cancellationToken);
    }

    /// <summary>
    /// Evaluates every unfinished active enrolment of a course again after a requirement went away (a quiz deleted):
    /// learners who had done everything else complete now. Returns how many were evaluated.
    /// </summary>
    public async Task<int> ReevaluateCourseAsync(int courseId, CancellationToken cancellationToken = default)
    {
        var learners = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.CourseId == courseId && e.Status == EnrollmentStatus.Active && e.CompletedUtc == null)
            .Select(e => e.UserId).ToListAsync(cancellationToken);
        foreach (var userId in learners)
        {
            await ReevaluateAsync(courseId, userId, cancellationToken);
        }

        return learners.Count;
    }

    /// <summary>Notes that the learner did something in the course (a quiz handed in, a work handed in), for the roster.</summary>
    public async Task RecordActivityAsync(int courseId, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Enrollment>().Where(e => e.CourseId == courseId && e.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.LastActivityUtc, now), cancellationToken);
    }

    /// <summary>Notes the lesson a learner opened, for "continue"; writes at most every few minutes per lesson.</summary>
    internal async Task RecordVisitAsync(Enrollment enrollment, Guid lessonKey, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (enrollment.LastLessonKey == lessonKey && enrollment.LastActivityUtc is { } last && now - last < ActivityResolution)
        {
            return;
        }

        await db.Set<Enrollment>().Where(e => e.Id == enrollment.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.LastLessonKey, lessonKey).SetProperty(e => e.LastActivityUtc, now), cancellationToken);
    }

    private Task<Enrollment?> LoadAsync(System.Linq.Expressions.Expression<Func<Enrollment, bool>> which, CancellationToken cancellationToken) =>
        db.Set<Enrollment>().Include(e => e.Lessons).Include(e => e.Modules)
            .AsSplitQuery()
            .FirstOrDefaultAsync(which, cancellationToken);

    private async Task<Outcome> EvaluateAsync(Enrollment enrollment, CourseOutline course, CancellationToken cancellationToken)
    {
        var requirements = new List<CompletionRequirement>();
        foreach (var provider in await enabled.FilterAsync(requirementProviders, cancellationToken))
        {
            requirements.AddRange(await provider.GetRequirementsAsync(course, enrollment.UserId, cancellationToken));
        }

        var done = enrollment.Lessons.Select(l => l.LessonKey).ToHashSet();
        var recorded = enrollment.Modules.Select(m => m.ModuleKey).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = 0;
        var met = 0;
        var everyModule = true;
        var newModules = new List<Guid>();
        foreach (var module in course.Modules)
        {
            var moduleRequirements = requirements.Where(r => r.ModuleKey == module.Key).ToList();
            units += module.Lessons.Count + moduleRequirements.Count;
            met += module.Lessons.Count(l => done.Contains(l.Key)) + moduleRequirements.Count(r => r.Met);
            var complete = module.Lessons.All(l => done.Contains(l.Key)) && moduleRequirements.All(r => r.Met);
            everyModule &= complete;
            if (complete && recorded.Add(module.Key))
            {
                enrollment.Modules.Add(new ModuleCompletion { ModuleKey = module.Key, CompletedUtc = now });
                newModules.Add(module.Key);
            }
        }

        var courseRequirements = requirements.Where(r => r.ModuleKey is null).ToList();
        units += courseRequirements.Count;
        met += courseRequirements.Count(r => r.Met);
        var completed = units > 0 && everyModule && courseRequirements.All(r => r.Met);
        enrollment.ProgressPercent = completed ? 100 : units == 0 ? 0 : Math.Min(99, met * 100 / units);

        var newlyCompleted = completed && enrollment.CompletedUtc is null;
        if (newlyCompleted)
        {
            // Completing is the learner's doing; when a grader's acceptance or a recalculation completes the course,
            // the platform did it, not the person who pressed a button elsewhere.
            var (actorId, actorName) = actor.Current();
            if (actorId != enrollment.UserId)
            {
                (actorId, actorName) = (null, "system");
            }

            enrollment.CompletedUtc = now;
            enrollment.Changes.Add(new EnrollmentChange { CreatedUtc = now, Action = "completed", Status = enrollment.Status, ActorId = actorId, ActorName = actorName });
        }

        return new Outcome(newModules, newlyCompleted);
    }

    private async Task RaiseAsync(Enrollment enrollment, Guid? lessonKey, Outcome outcome, CancellationToken cancellationToken)
    {
        var e = EnrollmentService.Event(enrollment);
        if (lessonKey is { } key)
        {
            await events.LessonCompletedAsync(e, key, cancellationToken);
        }

        foreach (var module in outcome.NewModules)
        {
            await events.ModuleCompletedAsync(e, module, cancellationToken);
        }

        if (outcome.CourseCompleted)
        {
            await events.CourseCompletedAsync(e, cancellationToken);
        }
    }

    private sealed record Outcome(IReadOnlyList<Guid> NewModules, bool CourseCompleted);
}
