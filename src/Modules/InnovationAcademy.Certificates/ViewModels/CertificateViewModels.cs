using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;

namespace InnovationAcademy.Certificates.ViewModels;

/// <summary>The course page's line about the certificate: the hours it certifies, and the viewer's own if they have it.</summary>
internal sealed record CoursePromise(decimal Hours, string? Code, CertificateStatus? Status);

/// <summary>A learner's certificate with the links they use: PDF, credential, public page, and "add to profile".</summary>
internal sealed record MyCertificate(Certificate Certificate, string VerifyUrl, string ProfileShareUrl);

/// <summary>The public verification page: the certificate (or none), and what a pasted credential's check said.</summary>
internal sealed class VerificationViewModel
{
    public string? Code { get; init; }

    public Certificate? Certificate { get; init; }

    /// <summary>The code this one was replaced by, when it was.</summary>
    public string? ReplacedBy { get; init; }

    public JwtCheck? CredentialCheck { get; init; }

    /// <summary>What the typed code or the credential was wrong about, in the visitor's language.</summary>
    public string? Error { get; init; }
}

internal sealed class AdminCertificatesViewModel
{
    public required CertificatePage Page { get; init; }

    public required CertificateFilter Filter { get; init; }

    public required IReadOnlyList<Core.Courses.CourseRef> Courses { get; init; }

    public string QueryString(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Filter.Query))
        {
            parts.Add("q=" + Uri.EscapeDataString(Filter.Query));
        }

        if (Filter.Status is { } status)
        {
            parts.Add("status=" + status);
        }

        if (Filter.CourseId is { } course)
        {
            parts.Add("course=" + course.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "?" + string.Join('&', parts);
    }
}

internal sealed record AdminCertificateViewModel(Certificate Certificate, string Email, string VerifyUrl, string CurrentName);

/// <summary>Issuing a certificate by hand: the course, the learner's e-mail and the reason, with what is wrong where.</summary>
internal sealed class ManualIssueViewModel
{
    public required IReadOnlyList<Core.Courses.CourseRef> Courses { get; init; }

    public string? Course { get; init; }

    public string? Email { get; init; }

    public string? Reason { get; init; }

    public Dictionary<string, string> Errors { get; init; } = [];
}

/// <summary>A course's certificate settings and template, with the preview of what was last typed.</summary>
internal sealed class CourseCertificateViewModel
{
    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    public required CourseCertificateSettings Settings { get; init; }

    /// <summary>The template shown in the editor: the course's, or the default to start from.</summary>
    public required string Template { get; init; }

    public string? TemplateError { get; init; }

    public string? PreviewPng { get; init; }

    public int Issued { get; init; }
}

internal sealed class IssuerSettingsViewModel
{
    public required CertificateIssuerSettings Settings { get; init; }

    public required string SiteName { get; init; }

    public required IReadOnlyList<SigningKey> Keys { get; init; }

    public Dictionary<string, string> Errors { get; init; } = [];
}
