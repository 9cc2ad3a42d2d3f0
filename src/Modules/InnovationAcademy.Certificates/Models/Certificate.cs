using InnovationAcademy.Core.Users;

namespace InnovationAcademy.Certificates.Models;

internal enum CertificateStatus
{
    Valid,
    Revoked,

    /// <summary>Re-issued (after a name correction): the new certificate's code is in <see cref="Certificate.ReplacedByCode"/>.</summary>
    Replaced,
}

/// <summary>What a certificate is for: a course now, a cohort's graduation later.</summary>
public enum CertificateSubject
{
    Course,
    Cohort,
}

/// <summary>
/// One certificate as issued. Everything printed on it is copied here at issue time, so that a later change to the
/// course or the profile never alters a certificate already given; a name correction is a re-issue.
/// </summary>
internal sealed class Certificate
{
    public int Id { get; set; }

    /// <summary>The public verification code, e.g. <c>K7QM-3XRT-9PAW-LC4D</c> (80 random bits).</summary>
    public required string Code { get; set; }

    public required string UserId { get; set; }

    public CertificateSubject Subject { get; set; }

    /// <summary>The course's (or cohort's) id.</summary>
    public int SubjectId { get; set; }

    /// <summary>
    /// "course:12:user-id" while this is the learner's certificate for the subject (valid or revoked); null once
    /// replaced. Unique, so that two nodes handling the same completion cannot both issue.
    /// </summary>
    public string? CurrentKey { get; set; }

    public required string LearnerName { get; set; }

    public required string Title { get; set; }

    public decimal Hours { get; set; }

    /// <summary>
    /// The zone the certificate's days are counted in: the learner's at issue time (else the site's). Completed on,
    /// issued on and revoked on are days in this one zone, the same on the page, the PDF, the credential and the CSV.
    /// </summary>
    public string TimeZoneId { get; set; } = TimeZoneChoices.SiteDefault;

    public DateTime CompletedUtc { get; set; }

    /// <summary>The day the learner completed, in <see cref="TimeZoneId"/>.</summary>
    public DateOnly CompletedOn { get; set; }

    public DateTime IssuedUtc { get; set; }

    /// <summary>The day it was issued, in <see cref="TimeZoneId"/>.</summary>
    public DateOnly IssuedOn { get; set; }

    public required string IssuerName { get; set; }

    public string SignatoryName { get; set; } = "";

    public string SignatoryTitle { get; set; } = "";

    /// <summary>The template's language: "es" or "en".</summary>
    public string Culture { get; set; } = "es";

    public CertificateStatus Status { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>Kept internal: never shown on the public pages.</summary>
    public string? RevocationReason { get; set; }

    public string? ReplacedByCode { get; set; }

    /// <summary>"completion", or the administrator who issued it by hand, with their reason in the audit log.</summary>
    public string IssuedBy { get; set; } = "completion";

    /// <summary>The day <paramref name="utc"/> fell on in the certificate's zone (for its revocation).</summary>
    public DateOnly DayOf(DateTime utc) => DayIn(TimeZoneId, utc);

    public static DateOnly DayIn(string timeZoneId, DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc),
            TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc));

    public static string CurrentKeyOf(CertificateSubject subject, int subjectId, string userId) =>
        $"{subject.ToString().ToLowerInvariant()}:{subjectId}:{userId}";
}
