using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.Extensions.Logging;

namespace InnovationAcademy.Certificates.Services;

/// <summary>Certificates as files: the PDF of one, and the preview of a template with sample fields.</summary>
internal sealed partial class CertificateDocuments(CertificateSettingsStore settings, ISiteUrls urls, ISiteService site, ILogger<CertificateDocuments> logger)
{
    public async Task<byte[]> PdfAsync(Certificate certificate, CancellationToken cancellationToken = default)
    {
        var template = certificate.Subject == CertificateSubject.Course ? (await settings.CourseAsync(certificate.SubjectId, cancellationToken)).Template : null;
        var fields = CertificateFields.Of(certificate, urls.Absolute($"/certificates/verify/{certificate.Code}"));
        var issuer = await settings.IssuerAsync(cancellationToken);
        var (lines, fellBack) = await CertificateTemplates.RenderAsync(template, fields, cohort: certificate.Subject == CertificateSubject.Cohort, cancellationToken);
        if (fellBack is not null)
        {
            // The course's settings page shows the same reason to its administrators.
            TemplateFellBack(logger, certificate.Code, fellBack);
        }

        return CertificateRenderer.Pdf(lines, fields, Labels(certificate.Culture), issuer.Logo);
    }

    /// <summary>A PNG of <paramref name="template"/> filled with a sample learner, for the template editor.</summary>
    public async Task<byte[]> PreviewAsync(string? template, string courseTitle, decimal hours, string culture, CancellationToken cancellationToken = default)
    {
        var issuer = await settings.IssuerAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var today = Certificate.DayIn(await site.TimeZoneForAsync(null, cancellationToken), now);
        var fields = new CertificateFields(
            "María José Quispe Ñahui", courseTitle, hours, today, now, today,
            await settings.IssuerNameAsync(issuer, cancellationToken), issuer.SignatoryName, issuer.SignatoryTitle,
            "ABCD-EFGH-JKLM-NPQR", urls.Absolute("/certificates/verify/ABCD-EFGH-JKLM-NPQR"), culture);
        var (lines, _) = await CertificateTemplates.RenderAsync(template, fields, cancellationToken: cancellationToken);
        return CertificateRenderer.Png(lines, fields, Labels(culture), issuer.Logo);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Certificate {Code} was printed with the default template: the course's template failed ({Reason}).")]
    private static partial void TemplateFellBack(ILogger logger, string code, string reason);

    public static FooterLabels Labels(string culture) => culture == "en"
        ? new FooterLabels("Verify at", "Verification code", "Issued on")
        : new FooterLabels("Verifica en", "Código de verificación", "Emitido el");
}
