using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Certificates.Services;

/// <summary>Certificates as files: the PDF of one, and the preview of a template with sample fields.</summary>
public sealed class CertificateDocuments(CertificateSettingsStore settings, ISiteUrls urls)
{
    public async Task<byte[]> PdfAsync(Certificate certificate, CancellationToken cancellationToken = default)
    {
        var template = certificate.Subject == CertificateSubject.Course ? (await settings.CourseAsync(certificate.SubjectId, cancellationToken)).Template : null;
        var fields = CertificateFields.Of(certificate, urls.Absolute($"/certificates/verify/{certificate.Code}"));
        var issuer = await settings.IssuerAsync(cancellationToken);
        var lines = await CertificateTemplates.RenderAsync(template, fields, cohort: certificate.Subject == CertificateSubject.Cohort);
        return CertificateRenderer.Pdf(lines, fields, Labels(certificate.Culture), issuer.Logo);
    }

    /// <summary>A PNG of <paramref name="template"/> filled with a sample learner, for the template editor.</summary>
    public async Task<byte[]> PreviewAsync(string? template, string courseTitle, decimal hours, string culture, CancellationToken cancellationToken = default)
    {
        var issuer = await settings.IssuerAsync(cancellationToken);
        var fields = new CertificateFields(
            "María José Quispe Ñahui", courseTitle, hours, DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow,
            await settings.IssuerNameAsync(issuer, cancellationToken), issuer.SignatoryName, issuer.SignatoryTitle,
            "ABCD-EFGH-JKLM-NPQR", urls.Absolute("/certificates/verify/ABCD-EFGH-JKLM-NPQR"), culture);
        return CertificateRenderer.Png(await CertificateTemplates.RenderAsync(template, fields), fields, Labels(culture), issuer.Logo);
    }

    public static FooterLabels Labels(string culture) => culture == "en"
        ? new FooterLabels("Verify at", "Verification code", "Issued on")
        : new FooterLabels("Verifica en", "Código de verificación", "Emitido el");
}
