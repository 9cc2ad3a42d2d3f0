using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>What became of a request to join a course.</summary>
internal enum EnrollResult
{
    Enrolled,
    Requested,
    Waitlisted,
    AlreadyIn,
    NotOpenYet,
    Closed,
    WrongKey,
    AdministratorsOnly,
    WithdrawnByAdministrator,
    NotAllowed,
}

/// <summary>
/// The life of an enrolment: joining by the course's method, approval, the waiting list, withdrawal, leaving
/// and coming back. Every change is written to the enrolment's own trail with who, when and why. Places in
/// a course with a capacity are claimed under an optimistic lock on its settings, so two learners never
/// both take the last one.
/// </summary>
internal sealed class EnrollmentService(
    AcademyDbContext db,
    IUserDirectory users,
    EnrollmentNotifier notifier,
    EnrollmentEvents events,
    EnrollmentActor actor,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int MaxAttempts = 5;

    /// <summary>The course's rules; a course that never had any is open, unlimited, always.</summary>
    public async Task<EnrollmentSettings> GetSettingsAsync(int courseId, CancellationToken cancellationToken = default) =>
        await db.Set<EnrollmentSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken)
        ?? new EnrollmentSettings { CourseId = courseId };

    public async Task SaveSettingsAsync(EnrollmentSettings wanted, CourseRef course, CancellationToken cancellationToken = default)
    {
        await WithRetryAsync(async () =>
        {
            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == wanted.CourseId, cancellationToken);
            if (settings is null)
            {
                settings = new EnrollmentSettings { CourseId = wanted.CourseId };
                db.Set<EnrollmentSettings>().Add(settings);
            }

            settings.Method = wanted.Method;
            settings.EnrollmentKey = wanted.Method == EnrollmentMethod.Key ? wanted.EnrollmentKey?.Trim() : null;
            settings.Capacity = wanted.Capacity;
            settings.OpensUtc = wanted.OpensUtc;
            settings.ClosesUtc = wanted.ClosesUtc;
            settings.Revision++;
            audit.Record("enrollment.settings-changed", course.Title, AuditNote.Say("{0}, places: {1}", AuditNote.Word(EnrollmentText.MethodName(settings.Method)), settings.Capacity is { } places ? places : AuditNote.Word("no limit")));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });

        // A larger capacity frees places for those waiting.
        await PromoteWaitingAsync(course, cancellationToken);
    }

    public Task<Enrollment?> FindAsync(int courseId, string userId, CancellationToken cancellationToken = default) =>
        db.Set<Enrollment>()
            .FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);

    public Task<Enrollment?> GetAsync(int enrollmentId, CancellationToken cancellationToken = default) =>
        db.Set<Enrollment>()
            .FirstOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);

    /// <summary>An enrolment of this course: one of another course is not found, whatever its id.</summary>
    private Task<Enrollment?> GetInAsync(CourseRef course, int enrollmentId, CancellationToken cancellationToken) =>
        db.Set<Enrollment>().FirstOrDefaultAsync(e => e.Id == enrollmentId && e.CourseId == course.Id, cancellationToken);

    /// <summary>A learner asks to join, by the course's method and within its window.</summary>
    public Task<EnrollResult> EnrolSelfAsync(CourseRef course, string userId, string? key, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var courseId = course.Id;
            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken);
            var existing = await FindAsync(courseId, userId, cancellationToken);
            switch (existing?.Status)
            {
                case EnrollmentStatus.Active or EnrollmentStatus.Pending or EnrollmentStatus.Waitlisted:
                    return EnrollResult.AlreadyIn;
                case EnrollmentStatus.Withdrawn:
                    return EnrollResult.WithdrawnByAdministrator;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (settings?.OpensUtc is { } opens && now < opens)
            {
                return EnrollResult.NotOpenYet;
            }

            if (settings?.ClosesUtc is { } closes && now >= closes)
            {
                return EnrollResult.Closed;
            }

            var method = settings?.Method ?? EnrollmentMethod.Open;
            if (method == EnrollmentMethod.AdministratorsOnly)
            {
                return EnrollResult.AdministratorsOnly;
            }

            if (method == EnrollmentMethod.Key && !KeyMatches(settings!.EnrollmentKey, key))
            {
                return EnrollResult.WrongKey;
            }

            var enrollment = existing ?? await NewAsync(courseId, userId, now, cancellationToken);
            if (method == EnrollmentMethod.Approval)
            {
                Change(enrollment, EnrollmentStatus.Pending, "requested", null);
                await db.SaveChangesAsync(cancellationToken);
                return EnrollResult.Requested;
            }

            var placed = await ClaimPlaceAsync(settings, courseId, cancellationToken);
            Change(enrollment, placed ? EnrollmentStatus.Active : EnrollmentStatus.Waitlisted, existing is null ? (placed ? "enrolled" : "waitlisted") : "re-enrolled", null);
            if (!placed)
            {
                await notifier.NotifyAsync(enrollment, course, "enrollment-waitlisted", null, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (placed)
            {
                await events.EnrolledAsync(Event(enrollment), cancellationToken);
            }

            return placed ? EnrollResult.Enrolled : EnrollResult.Waitlisted;
        });

    /// <summary>An administrator enrols a learner, whatever the method and window; a full course puts them on the waiting list.</summary>
    public Task<EnrollResult> EnrolByAdministratorAsync(CourseRef course, string userId, string? reason, bool notify, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var courseId = course.Id;
            var existing = await FindAsync(courseId, userId, cancellationToken);
            if (existing?.Status is EnrollmentStatus.Active or EnrollmentStatus.Waitlisted)
            {
                return EnrollResult.AlreadyIn;
            }

            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken);
            var enrollment = existing ?? await NewAsync(courseId, userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            var placed = await ClaimPlaceAsync(settings, courseId, cancellationToken);
            Change(enrollment, placed ? EnrollmentStatus.Active : EnrollmentStatus.Waitlisted, existing is null ? "enrolled-by-administrator" : "re-enrolled", reason);
            if (notify)
            {
                await notifier.NotifyAsync(enrollment, course, placed ? "enrollment-added" : "enrollment-waitlisted", reason, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (placed)
            {
                await events.EnrolledAsync(Event(enrollment), cancellationToken);
            }

            return placed ? EnrollResult.Enrolled : EnrollResult.Waitlisted;
        });

    /// <summary>Approves a pending request: the learner joins, or waits for a place when the course is full.</summary>
    public Task<EnrollResult> ApproveAsync(int enrollmentId, CourseRef course, string? reason, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var enrollment = await GetInAsync(course, enrollmentId, cancellationToken);
            if (enrollment?.Status != EnrollmentStatus.Pending)
            {
                return EnrollResult.NotAllowed;
            }

            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == enrollment.CourseId, cancellationToken);
            var placed = await ClaimPlaceAsync(settings, enrollment.CourseId, cancellationToken);
            Change(enrollment, placed ? EnrollmentStatus.Active : EnrollmentStatus.Waitlisted, placed ? "approved" : "waitlisted", reason);
            await notifier.NotifyAsync(enrollment, course, placed ? "enrollment-approved" : "enrollment-waitlisted", reason, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (placed)
            {
                await events.EnrolledAsync(Event(enrollment), cancellationToken);
            }

            return placed ? EnrollResult.Enrolled : EnrollResult.Waitlisted;
        });

    /// <summary>Turns down a pending or waiting learner, telling them why.</summary>
    public async Task<bool> RejectAsync(int enrollmentId, CourseRef course, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var enrollment = await GetInAsync(course, enrollmentId, cancellationToken);
        if (enrollment?.Status is not (EnrollmentStatus.Pending or EnrollmentStatus.Waitlisted))
        {
            return false;
        }

        Change(enrollment, EnrollmentStatus.Rejected, "rejected", reason);
        await notifier.NotifyAsync(enrollment, course, "enrollment-rejected", reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes a learner out of the course; their progress stays for a re-enrolment. A freed place goes to the next in line.</summary>
    public async Task<bool> WithdrawAsync(int enrollmentId, CourseRef course, string reason, CancellationToken cancellationToken = default) =>
        (await WithdrawAndPromoteAsync(enrollmentId, course, reason, cancellationToken)).Withdrawn;

    /// <summary>Withdraws a learner and says who took the freed place from the waiting list.</summary>
    public Task<(bool Withdrawn, IReadOnlyList<string> PromotedUserIds)> WithdrawAndPromoteAsync(int enrollmentId, CourseRef course, string reason, CancellationToken cancellationToken = default) =>
        EndAsync(enrollmentId, EnrollmentStatus.Withdrawn, "withdrawn", reason, course, cancellationToken);

    /// <summary>The learner leaves the course themselves; their progress is kept for when they come back.</summary>
    public async Task<bool> LeaveAsync(int enrollmentId, CourseRef course, CancellationToken cancellationToken = default) =>
        (await EndAsync(enrollmentId, EnrollmentStatus.Left, "left", null, course, cancellationToken)).Ended;

    /// <summary>Brings back a withdrawn, rejected or departed learner, with the progress they had.</summary>
    public Task<EnrollResult> ReenrolAsync(int enrollmentId, CourseRef course, string? reason, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var enrollment = await GetInAsync(course, enrollmentId, cancellationToken);
            if (enrollment?.Status is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected or EnrollmentStatus.Left))
            {
                return EnrollResult.NotAllowed;
            }

            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == enrollment.CourseId, cancellationToken);
            var placed = await ClaimPlaceAsync(settings, enrollment.CourseId, cancellationToken);
            Change(enrollment, placed ? EnrollmentStatus.Active : EnrollmentStatus.Waitlisted, "re-enrolled", reason);
            await notifier.NotifyAsync(enrollment, course, placed ? "enrollment-added" : "enrollment-waitlisted", reason, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (placed)
            {
                await events.EnrolledAsync(Event(enrollment), cancellationToken);
            }

            return placed ? EnrollResult.Enrolled : EnrollResult.Waitlisted;
        });

    /// <summary>Gives free places to those waiting, first come first served, and tells each of them.</summary>
    public async Task<int> PromoteWaitingAsync(CourseRef course, CancellationToken cancellationToken = default) =>
        (await PromoteAsync(course, cancellationToken)).Count;

    /// <summary>Gives free places to those waiting; returns who got one, in order.</summary>
    private async Task<IReadOnlyList<string>> PromoteAsync(CourseRef course, CancellationToken cancellationToken)
    {
        var promoted = new List<Enrollment>();
        await WithRetryAsync(async () =>
        {
            promoted.Clear();
            var courseId = course.Id;
            var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken);
            var active = await CountActiveAsync(courseId, cancellationToken);
            var free = settings?.Capacity is { } capacity ? Math.Max(0, capacity - active) : int.MaxValue;
            if (free == 0)
            {
                return 0;
            }

            var waiting = await db.Set<Enrollment>()
                .Where(e => e.CourseId == courseId && e.Status == EnrollmentStatus.Waitlisted)
                .OrderBy(e => e.RequestedUtc).ThenBy(e => e.Id)
                .Take(Math.Min(free, 1000))
                .ToListAsync(cancellationToken);
            if (waiting.Count == 0)
            {
                return 0;
            }

            foreach (var enrollment in waiting)
            {
                Change(enrollment, EnrollmentStatus.Active, "promoted", null);
                promoted.Add(enrollment);
            }

            await notifier.NotifyManyAsync(waiting, course, "enrollment-promoted", cancellationToken);

            if (settings is not null)
            {
                settings.Revision++;
            }

            await db.SaveChangesAsync(cancellationToken);
            return promoted.Count;
        });

        foreach (var enrollment in promoted)
        {
            await events.EnrolledAsync(Event(enrollment), cancellationToken);
        }

        return [.. promoted.Select(e => e.UserId)];
    }

    public Task<int> CountActiveAsync(int courseId, CancellationToken cancellationToken = default) =>
        db.Set<Enrollment>().CountAsync(e => e.CourseId == courseId && e.Status == EnrollmentStatus.Active, cancellationToken);

    public static EnrollmentEvent Event(Enrollment enrollment) => new(enrollment.Id, enrollment.CourseId, enrollment.UserId, enrollment.CompletedUtc);

    /// <summary>Writes the new status and its line in the enrolment's trail.</summary>
    internal void Change(Enrollment enrollment, EnrollmentStatus status, string action, string? reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (actorId, actorName) = actor.Current();
        enrollment.Status = status;
        enrollment.StatusChangedUtc = now;
        enrollment.Changes.Add(new EnrollmentChange
        {
            CreatedUtc = now,
            Action = action,
            Status = status,
            ActorId = actorId,
            ActorName = actorName,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
    }

    private async Task<(bool Ended, IReadOnlyList<string> PromotedUserIds)> EndAsync(int enrollmentId, EnrollmentStatus status, string action, string? reason, CourseRef course, CancellationToken cancellationToken)
    {
        var enrollment = await GetInAsync(course, enrollmentId, cancellationToken);
        if (enrollment?.Status is not (EnrollmentStatus.Active or EnrollmentStatus.Pending or EnrollmentStatus.Waitlisted))
        {
            return (false, []);
        }

        var freesPlace = enrollment.Status == EnrollmentStatus.Active;
        Change(enrollment, status, action, reason);
        await db.SaveChangesAsync(cancellationToken);
        return (true, freesPlace ? await PromoteAsync(course, cancellationToken) : []);
    }

    private async Task<Enrollment> NewAsync(int courseId, string userId, DateTime now, CancellationToken cancellationToken)
    {
        _ = await users.FindAsync(userId, cancellationToken) ?? throw new InvalidOperationException($"There is no user {userId}.");
        var enrollment = new Enrollment { CourseId = courseId, UserId = userId, RequestedUtc = now, StatusChangedUtc = now };
        db.Set<Enrollment>().Add(enrollment);
        return enrollment;
    }

    /// <summary>Whether a place is free. With a capacity, the settings' revision moves so that a racing claim fails to save.</summary>
    private async Task<bool> ClaimPlaceAsync(EnrollmentSettings? settings, int courseId, CancellationToken cancellationToken)
    {
        if (settings?.Capacity is not { } capacity)
        {
            return true;
        }

        settings.Revision++;
        return await CountActiveAsync(courseId, cancellationToken) < capacity;
    }

    private static bool KeyMatches(string? expected, string? given) =>
        !string.IsNullOrEmpty(expected) && given is not null
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected.Trim().ToUpperInvariant()),
            System.Text.Encoding.UTF8.GetBytes(given.Trim().ToUpperInvariant()));

    /// <summary>Runs <paramref name="operation"/> again from fresh data when a racing change took the place it counted on.</summary>
    private async Task<T> WithRetryAsync<T>(Func<Task<T>> operation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A racing claim of the last place, or a double click that enrolled already: the next try sees it.
                db.ChangeTracker.Clear();
            }
        }
    }
}
