using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>On a course's administration page: whether completing it earns a certificate, and how many are valid.</summary>
internal sealed class CertificateCourseEditor(CertificateSettingsStore settings, AcademyDbContext db) : ICourseEditorHandler
{
    public const string View = "~/Views/CertificateParts/CourseEditorCard.cshtml";

    public Permission Permission => Permissions.ManageCertificates;

    public async Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var saved = await settings.CourseAsync(courseId, cancellationToken);
        var valid = await db.Set<Certificate>().AsNoTracking()
            .CountAsync(c => c.Subject == CertificateSubject.Course && c.SubjectId == courseId && c.Status == CertificateStatus.Valid, cancellationToken);
        context.Add(View, new CertificateEditorCard(context.Course.Slug, saved.Enabled, saved.Template is not null, context.Course.Hours, valid), 40);
    }
}

internal sealed record CertificateEditorCard(string Slug, bool Enabled, bool OwnTemplate, decimal Hours, int Valid);
