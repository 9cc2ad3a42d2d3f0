using System.Security.Claims;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.ViewModels;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Certificates.Services;

/// <summary>Under a course's facts: the certificate it grants, and for a learner who has it, where it is.</summary>
internal sealed class CertificateCourseDisplay(AcademyDbContext db, CertificateSettingsStore settings, LinkGenerator links, IStringLocalizer<CertificateCourseDisplay> T) : ICourseDisplayHandler
{
    public const string View = "~/Views/CertificateParts/CoursePromise.cshtml";

    public async Task BuildAsync(CourseDisplayContext context, CancellationToken cancellationToken)
    {
        if (!(await settings.CourseAsync(context.Course.CourseId, cancellationToken)).Enabled)
        {
            return;
        }

        var userId = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = userId is null ? null : await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.UserId == userId && c.Subject == CertificateSubject.Course && c.SubjectId == context.Course.CourseId && c.CurrentKey != null)
            .Select(c => new { c.Code, c.Status }).FirstOrDefaultAsync(cancellationToken);
        context.Add(CourseZones.CourseFacts, View, new CoursePromise(context.Course.Hours, mine?.Code, mine?.Status));
        if (mine is { Status: CertificateStatus.Valid })
        {
            // The end of the course's path: "Continue" on a completed course leads here.
            var url = links.GetPathByName(context.HttpContext, "Certificates.MyCertificates.Index", values: null) ?? "";
            context.AddStep(new CourseStep(null, T["Your certificate"].Value, url, Done: true, Order: 100, Kind: CourseStepKind.Certificate));
        }
    }
}
