using InnovationAcademy.Core.Features;
using Microsoft.Extensions.Logging;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>
/// What a listener learns of an enrolment, so that it need not read the enrolments' tables: which learner, which
/// course, and when it was completed (set from the moment it is).
/// </summary>
public sealed record EnrollmentEvent(int EnrollmentId, int CourseId, string UserId, DateTime? CompletedUtc = null);

/// <summary>
/// What other modules hear about learners' journeys (certificates handle <see cref="CourseCompletedAsync"/>).
/// Raised after the change is saved, once per change; a handler must itself be safe to run twice.
/// </summary>
public interface IEnrollmentEventHandler
{
    Task EnrolledAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken) => Task.CompletedTask;

    Task LessonCompletedAsync(EnrollmentEvent enrollment, Guid lessonKey, CancellationToken cancellationToken) => Task.CompletedTask;

    Task ModuleCompletedAsync(EnrollmentEvent enrollment, Guid moduleKey, CancellationToken cancellationToken) => Task.CompletedTask;

    Task CourseCompletedAsync(EnrollmentEvent enrollment, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Calls every handler; one that fails is logged and does not stop the others or undo the change.</summary>
public sealed partial class EnrollmentEvents(IEnumerable<IEnrollmentEventHandler> handlers, IEnabledExtensions enabled, ILogger<EnrollmentEvents> logger)
{
    public Task EnrolledAsync(EnrollmentEvent e, CancellationToken cancellationToken) =>
        RaiseAsync(nameof(EnrolledAsync), e, h => h.EnrolledAsync(e, cancellationToken));

    public Task LessonCompletedAsync(EnrollmentEvent e, Guid lessonKey, CancellationToken cancellationToken) =>
        RaiseAsync(nameof(LessonCompletedAsync), e, h => h.LessonCompletedAsync(e, lessonKey, cancellationToken));

    public Task ModuleCompletedAsync(EnrollmentEvent e, Guid moduleKey, CancellationToken cancellationToken) =>
        RaiseAsync(nameof(ModuleCompletedAsync), e, h => h.ModuleCompletedAsync(e, moduleKey, cancellationToken));

    public Task CourseCompletedAsync(EnrollmentEvent e, CancellationToken cancellationToken) =>
        RaiseAsync(nameof(CourseCompletedAsync), e, h => h.CourseCompletedAsync(e, cancellationToken));

    private async Task RaiseAsync(string name, EnrollmentEvent e, Func<IEnrollmentEventHandler, Task> call)
    {
        foreach (var handler in await enabled.FilterAsync(handlers))
        {
            try
            {
                await call(handler);
            }
#pragma warning disable CA1031 // The change is saved; a failing listener must not turn it into an error page.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogHandlerFailed(exception, handler.GetType().Name, name, e.EnrollmentId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler}.{Event} failed for enrolment {EnrollmentId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string @event, int enrollmentId);
}
