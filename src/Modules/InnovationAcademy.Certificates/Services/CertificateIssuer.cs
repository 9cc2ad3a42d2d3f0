using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>A certificate to give: for what, to whom, with what it prints about the subject.</summary>
public sealed record IssueRequest(string UserId, CertificateSubject Subject, int SubjectId, string Title, decimal Hours, DateTime CompletedUtc, string IssuedBy);

/// <summary>
/// Issues, re-issues and revokes certificates. A learner has at most one current certificate per subject: the
/// unique <see cref="Certificate.CurrentKey"/> makes a second issue for the same completion fail in the database,
/// whichever node or repeated event tries, and the loser returns the winner's certificate.
/// </summary>
public sealed class CertificateIssuer(AcademyDbContext db, IUserDirectory users, CertificateSettingsStore settings, IAuditLog audit, IEmailQueue email, ISiteUrls urls, ISiteService site, TimeProvider clock)
{
    /// <summary>The learner's certificate for the subject, issued now unless it exists; Created says which.</summary>
    internal async Task<(Certificate Certificate, bool Created)> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default)
    {
        var key = Certificate.CurrentKeyOf(request.Subject, request.SubjectId, request.UserId);
        if (await db.Set<Certificate>().FirstOrDefaultAsync(c => c.CurrentKey == key, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var user = await users.FindAsync(request.UserId, cancellationToken) ?? throw new InvalidOperationException($"There is no user {request.UserId}.");
        var issuer = await settings.IssuerAsync(cancellationToken);
        var course = request.Subject == CertificateSubject.Course ? await settings.CourseAsync(request.SubjectId, cancellationToken) : null;
        var zone = await site.TimeZoneForAsync(user.TimeZoneId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var certificate = new Certificate
        {
            Code = VerificationCode.New(),
            UserId = request.UserId,
            Subject = request.Subject,
            SubjectId = request.SubjectId,
            CurrentKey = key,
            LearnerName = NameOf(user),
            Title = request.Title,
            Hours = request.Hours,
            TimeZoneId = zone,
            CompletedUtc = request.CompletedUtc,
            CompletedOn = Certificate.DayIn(zone, request.CompletedUtc),
            IssuedUtc = now,
            IssuedOn = Certificate.DayIn(zone, now),
            IssuerName = await settings.IssuerNameAsync(issuer, cancellationToken),
            SignatoryName = course is { SignatoryName.Length: > 0 } ? course.SignatoryName : issuer.SignatoryName,
            SignatoryTitle = course is { SignatoryName.Length: > 0 } ? course.SignatoryTitle : issuer.SignatoryTitle,
            Culture = user.Culture == "en" ? "en" : "es",
            IssuedBy = request.IssuedBy,
        };
        db.Add(certificate);
        audit.Record("certificate.issued", certificate.Code, AuditNote.Say("{0}, {1}, by {2}", certificate.LearnerName, certificate.Title, request.IssuedBy));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request (or node) issued it between our look and our insert: theirs stands.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.CurrentKey == key, cancellationToken);
            return winner is null ? throw new InvalidOperationException("The certificate could not be saved.") : (winner, false);
        }

        await TellAsync(user, certificate, "certificate-issued", cancellationToken);
        return (certificate, true);
    }

    /// <summary>
    /// Issues a new certificate with the learner's current name (after a correction) and marks the old one as
    /// replaced by it; the old code keeps answering, saying "replaced by".
    /// </summary>
    internal async Task<Certificate?> ReissueAsync(string code, string reason, string by, CancellationToken cancellationToken = default)
    {
        var old = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Code == code && c.Status == CertificateStatus.Valid, cancellationToken);
        if (old is null)
        {
            return null;
        }

        var user = await users.FindAsync(old.UserId, cancellationToken) ?? throw new InvalidOperationException($"There is no user {old.UserId}.");
        var replacement = new Certificate
        {
            Code = VerificationCode.New(),
            UserId = old.UserId,
            Subject = old.Subject,
            SubjectId = old.SubjectId,
            CurrentKey = old.CurrentKey,
            LearnerName = NameOf(user),
            Title = old.Title,
            Hours = old.Hours,
            TimeZoneId = old.TimeZoneId,
            CompletedUtc = old.CompletedUtc,
            CompletedOn = old.CompletedOn,
            IssuedUtc = clock.GetUtcNow().UtcDateTime,
            IssuedOn = old.DayOf(clock.GetUtcNow().UtcDateTime),
            IssuerName = old.IssuerName,
            SignatoryName = old.SignatoryName,
            SignatoryTitle = old.SignatoryTitle,
            Culture = old.Culture,
            IssuedBy = by,
        };

        // Two steps in one transaction: the old certificate lets go of the learner's current key before the new one takes it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        old.Status = CertificateStatus.Replaced;
        old.CurrentKey = null;
        old.ReplacedByCode = replacement.Code;
        await db.SaveChangesAsync(cancellationToken);
        db.Add(replacement);
        audit.Record("certificate.reissued", old.Code, AuditNote.Say("replaced by {0} for {1}. {2}", replacement.Code, replacement.LearnerName, reason));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(user, replacement, "certificate-issued", cancellationToken);
        return replacement;
    }

    /// <summary>Keeps why an administrator issued a certificate by hand in the audit trail, as the form promises.</summary>
    internal async Task RecordManualIssueAsync(Certificate certificate, string by, string reason, CancellationToken cancellationToken = default)
    {
        audit.Record("certificate.issued-by-hand", certificate.Code, AuditNote.Say("{0}, {1}, by {2}. {3}", certificate.LearnerName, certificate.Title, by, reason.Trim()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes a valid certificate; the reason stays in the audit log and the administration, never on public pages.</summary>
    internal async Task<Certificate?> RevokeAsync(string code, string reason, string by, CancellationToken cancellationToken = default)
    {
        var certificate = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Code == code && c.Status == CertificateStatus.Valid, cancellationToken);
        if (certificate is null)
        {
            return null;
        }

        certificate.Status = CertificateStatus.Revoked;
        certificate.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        certificate.RevocationReason = reason.Trim();
        audit.Record("certificate.revoked", certificate.Code, AuditNote.Say("{0}, {1}, by {2}. {3}", certificate.LearnerName, certificate.Title, by, reason));
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }

    private async Task TellAsync(UserCard user, Certificate certificate, string template, CancellationToken cancellationToken)
    {
        if (user.Email is not { Length: > 0 } address)
        {
            return;
        }

        await email.EnqueueTemplateAsync(address, template, certificate.Culture, new
        {
            Name = certificate.LearnerName,
            certificate.Title,
            certificate.Code,
            MyCertificates = urls.Absolute("/my/certificates"),
            VerifyUrl = urls.Absolute($"/certificates/verify/{certificate.Code}"),
        }, certificate.Subject == CertificateSubject.Course ? EmailAbout.Course(certificate.SubjectId) : EmailAbout.Cohort(certificate.SubjectId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string NameOf(UserCard user) => user.Name.Trim();
}
