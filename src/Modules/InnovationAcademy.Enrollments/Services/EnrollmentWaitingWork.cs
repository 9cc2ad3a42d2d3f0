using System.Security.Claims;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Enrollments.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>On the admin dashboard: questions about courses not answered yet, and, per course, enrolment requests to decide and e-mails not delivered.</summary>
internal sealed class EnrollmentWaitingWork(
    AcademyDbContext db,
    ICourseDirectory courses,
    IUndeliveredEmails undelivered,
    IAuthorizationService authorization,
    IStringLocalizer<EnrollmentWaitingWork> T) : IWaitingWorkProvider
{
    public async Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var work = new List<WaitingWork>();
        if (await authorization.AuthorizeAsync(user, Permissions.AnswerEnquiries))
        {
            var open = await db.Set<Enquiry>().CountAsync(e => e.AnsweredUtc == null, cancellationToken);
            if (open > 0)
            {
                work.Add(new WaitingWork(T.Plural(open, "1 question about a course waits for an answer", "{0} questions about courses wait for an answer"), open, "/admin/enquiries", 20));
            }
        }

        if (await authorization.AuthorizeAsync(user, Permissions.ManageEnrollments))
        {
            var pending = await db.Set<Enrollment>().Where(e => e.Status == EnrollmentStatus.Pending)
                .GroupBy(e => e.CourseId).Select(g => new { CourseId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var names = await courses.FindManyAsync(pending.Select(p => p.CourseId), cancellationToken);
            foreach (var course in pending.Where(p => names.ContainsKey(p.CourseId)).OrderByDescending(p => p.Count))
            {
                var name = names[course.CourseId];
                var text = course.Count == 1
                    ? T["1 enrolment request to decide in «{0}»", name.Title]
                    : T["{0} enrolment requests to decide in «{1}»", course.Count, name.Title];
                work.Add(new WaitingWork(text, course.Count, $"/admin/courses/{Uri.EscapeDataString(name.Slug)}/enrollments?status=pending", 30));
            }

            await AddUndeliveredAsync(work, cancellationToken);
        }

        return work;
    }

    private async Task AddUndeliveredAsync(List<WaitingWork> work, CancellationToken cancellationToken)
    {
        var failed = (await undelivered.CountAsync(EmailAbout.CoursePrefix, cancellationToken))
            .Select(p => (CourseId: EmailAbout.IdOf(p.Key, EmailAbout.CoursePrefix), Count: p.Value))
            .Where(p => p.CourseId is not null)
            .ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var names = await courses.FindManyAsync(failed.Select(p => p.CourseId!.Value), cancellationToken);
        foreach (var (courseId, count) in failed.Where(p => names.ContainsKey(p.CourseId!.Value)).OrderByDescending(p => p.Count))
        {
            var name = names[courseId!.Value];
            var text = count == 1
                ? T["1 e-mail about «{0}» was not delivered", name.Title]
                : T["{0} e-mails about «{1}» were not delivered", count, name.Title];
            work.Add(new WaitingWork(text, count, $"/admin/courses/{Uri.EscapeDataString(name.Slug)}/enrollments#undelivered", 55));
        }
    }
}
