using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>The issuer's settings (one row) and each course's certificate settings; a course without a row grants one with the defaults.</summary>
public sealed class CertificateSettingsStore(AcademyDbContext db, ISiteService site, IAuditLog audit, TimeProvider clock)
{
    internal async Task<CertificateIssuerSettings> IssuerAsync(CancellationToken cancellationToken = default) =>
        await db.Set<CertificateIssuerSettings>().AsNoTracking().Where(s => s.Id == CertificateIssuerSettings.SingletonId).FirstOrDefaultAsync(cancellationToken)
        ?? new CertificateIssuerSettings();

    /// <summary>The organisation's name as certificates print it: the setting, else the site's name.</summary>
    internal async Task<string> IssuerNameAsync(CertificateIssuerSettings issuer, CancellationToken cancellationToken = default) =>
        issuer.OrganisationName.Length > 0 ? issuer.OrganisationName : (await site.GetAsync(cancellationToken))?.SiteName ?? "Innovation Academy";

    internal async Task SaveIssuerAsync(CertificateIssuerSettings changed, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<CertificateIssuerSettings>().Where(s => s.Id == CertificateIssuerSettings.SingletonId).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new CertificateIssuerSettings();
            db.Add(row);
        }

        row.OrganisationName = changed.OrganisationName.Trim();
        row.OrganisationUrl = changed.OrganisationUrl.Trim();
        row.SignatoryName = changed.SignatoryName.Trim();
        row.SignatoryTitle = changed.SignatoryTitle.Trim();
        row.Logo = changed.Logo;
        row.ProfileShareUrl = changed.ProfileShareUrl.Trim();
        audit.Record("certificates.issuer-changed", row.OrganisationName, AuditNote.Say("signatory {0}", row.SignatoryName));
        await db.SaveChangesAsync(cancellationToken);
    }

    internal async Task<CourseCertificateSettings> CourseAsync(int courseId, CancellationToken cancellationToken = default) =>
        await db.Set<CourseCertificateSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken)
        ?? new CourseCertificateSettings { CourseId = courseId };

    internal async Task SaveCourseAsync(CourseCertificateSettings changed, string courseTitle, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<CourseCertificateSettings>().FirstOrDefaultAsync(s => s.CourseId == changed.CourseId, cancellationToken);
        if (row is null)
        {
            row = new CourseCertificateSettings { CourseId = changed.CourseId };
            db.Add(row);
        }

        row.Enabled = changed.Enabled;
        row.SignatoryName = changed.SignatoryName.Trim();
        row.SignatoryTitle = changed.SignatoryTitle.Trim();
        row.Template = string.IsNullOrWhiteSpace(changed.Template) ? null : changed.Template.Replace("\r\n", "\n", StringComparison.Ordinal);
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("certificates.course-settings-changed", courseTitle, AuditNote.Say(row.Enabled ? "grants a certificate" : "grants no certificate"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
