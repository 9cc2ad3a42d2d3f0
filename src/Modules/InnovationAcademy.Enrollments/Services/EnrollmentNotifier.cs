using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Models;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>The e-mails that tell a learner what happened to their enrolment, in their own language.</summary>
internal sealed class EnrollmentNotifier(IUserDirectory users, IEmailQueue email, ISiteUrls urls)
{
    /// <summary>Queues <paramref name="template"/> (enrollment-approved, -rejected, -waitlisted, -promoted, -added) with the unit of work.</summary>
    public async Task NotifyAsync(Enrollment enrollment, CourseRef course, string template, string? reason, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(enrollment.UserId, cancellationToken) is { } user)
        {
            await NotifyAsync(user, course, template, reason, cancellationToken);
        }
    }

    /// <summary>The same notice to several learners, their accounts read in one query.</summary>
    public async Task NotifyManyAsync(IReadOnlyCollection<Enrollment> enrollments, CourseRef course, string template, CancellationToken cancellationToken)
    {
        var people = await users.FindManyAsync(enrollments.Select(e => e.UserId), cancellationToken);
        foreach (var enrollment in enrollments)
        {
            if (people.TryGetValue(enrollment.UserId, out var user))
            {
                await NotifyAsync(user, course, template, null, cancellationToken);
            }
        }
    }

    private async Task NotifyAsync(UserCard user, CourseRef course, string template, string? reason, CancellationToken cancellationToken)
    {
        if (user.Email.Length == 0)
        {
            return;
        }

        var link = urls.Absolute($"/courses/{course.Slug}");
        await email.EnqueueTemplateAsync(
            user.Email,
            template,
            user.Culture,
            new { user.DisplayName, CourseTitle = course.Title, Reason = reason ?? "", Link = link },
            EmailAbout.Course(course.Id),
            cancellationToken);
    }
}
