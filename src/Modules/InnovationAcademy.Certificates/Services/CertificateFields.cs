using System.Globalization;
using InnovationAcademy.Certificates.Models;

namespace InnovationAcademy.Certificates.Services;

/// <summary>What a certificate prints, whether a real one or the preview's sample.</summary>
internal sealed record CertificateFields(
    string LearnerName,
    string Title,
    decimal Hours,
    DateOnly CompletedOn,
    DateTime IssuedUtc,
    DateOnly IssuedOn,
    string IssuerName,
    string SignatoryName,
    string SignatoryTitle,
    string Code,
    string VerifyUrl,
    string Culture)
{
    public static CertificateFields Of(Certificate certificate, string verifyUrl) => new(
        certificate.LearnerName, certificate.Title, certificate.Hours, certificate.CompletedOn, certificate.IssuedUtc, certificate.IssuedOn,
        certificate.IssuerName, certificate.SignatoryName, certificate.SignatoryTitle, certificate.Code, verifyUrl, certificate.Culture);

    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture == "en" ? "en-GB" : "es");

    /// <summary>"22" or "1,5": hours as the certificate's language writes them.</summary>
    public string HoursText => Hours.ToString("0.##", CultureInfo);

    /// <summary>"5 de marzo de 2026" or "5 March 2026".</summary>
    public string CompletedOnText => CompletedOn.ToString(Culture == "en" ? "d MMMM yyyy" : "d 'de' MMMM 'de' yyyy", CultureInfo);

    public string IssuedOnText => IssuedOn.ToString(Culture == "en" ? "d MMMM yyyy" : "d 'de' MMMM 'de' yyyy", CultureInfo);
}
