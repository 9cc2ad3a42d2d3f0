using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Models;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>The e-mails that tell a learner what happened to their enrolment, in their own language.</summary>
public sealed class EnrollmentNotifier(IEmailQueue email, ISiteUrls urls)
{
    /// <summary>Queues <paramref name="template"/> (enrollment-approved, -rejected, -waitlisted, -promoted, -added) with the unit of work.</summary>
    public Task NotifyAsync(Enrollment enrollment, string courseTitle, string template, string? reason, CancellationToken cancellationToken)
    {
        var user = enrollment.User;
        var link = urls.Absolute($"/courses/{enrollment.Course.Slug}");
        return email.EnqueueTemplateAsync(
            user.Email!,
            template,
            user.PreferredCulture,
            new { user.DisplayName, CourseTitle = courseTitle, Reason = reason ?? "", Link = link },
            cancellationToken);
    }
}
