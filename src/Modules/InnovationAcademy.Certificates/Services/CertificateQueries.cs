using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Users;
using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>The administration's filter: text (name, code or course title), status and course.</summary>
internal sealed record CertificateFilter(string? Query, CertificateStatus? Status, int? CourseId);

internal sealed record CertificateRow(Certificate Certificate, string Email);

internal sealed record CertificatePage(IReadOnlyList<CertificateRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Finding certificates: by code for verification, a learner's own, and the administration's search and exports.</summary>
internal sealed class CertificateQueries(AcademyDbContext db, IUserDirectory users, CertificateDocuments documents)
{
    public const int PageSize = 30;

    public Task<Certificate?> ByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public Task<List<Certificate>> MineAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId && c.Status != CertificateStatus.Replaced)
            .OrderByDescending(c => c.IssuedUtc).ToListAsync(cancellationToken);

    public async Task<CertificatePage> SearchAsync(CertificateFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var certificates = Filtered(filter);
        var total = await certificates.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var list = await WithEmailsAsync(await certificates.OrderByDescending(c => c.IssuedUtc).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken), cancellationToken);
        return new CertificatePage(list.OrderByDescending(r => r.Certificate.IssuedUtc).ThenByDescending(r => r.Certificate.Id).ToList(), total, page, PageSize);
    }

    /// <summary>Every certificate the filter finds, for a workbook: each with its learner's e-mail, oldest first.</summary>
    public async Task<IReadOnlyList<CertificateRow>> RowsAsync(CertificateFilter filter, CancellationToken cancellationToken = default) =>
        [.. (await WithEmailsAsync(await Filtered(filter).OrderBy(c => c.Id).ToListAsync(cancellationToken), cancellationToken)).OrderBy(r => r.Certificate.IssuedUtc)];

    /// <summary>Every certificate the filter finds, as CSV (formula cells escaped so a spreadsheet runs nothing).</summary>
    public async Task<byte[]> CsvAsync(CertificateFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = (await WithEmailsAsync(await Filtered(filter).OrderBy(c => c.Id).ToListAsync(cancellationToken), cancellationToken)).OrderBy(r => r.Certificate.IssuedUtc).ToList();
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            foreach (var header in new[] { "code", "status", "learner", "email", "title", "hours", "completed_on", "issued_on", "revoked_on", "time_zone", "issued_utc", "revoked_utc", "replaced_by" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var (certificate, email) in rows)
            {
                csv.WriteField(certificate.Code);
                csv.WriteField(certificate.Status.ToString().ToLowerInvariant());
                csv.WriteField(certificate.LearnerName);
                csv.WriteField(email);
                csv.WriteField(certificate.Title);
                csv.WriteField(certificate.Hours.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(certificate.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(certificate.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(certificate.RevokedUtc is { } revokedAt ? certificate.DayOf(revokedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
                csv.WriteField(certificate.TimeZoneId);
                csv.WriteField(certificate.IssuedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(certificate.RevokedUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(certificate.ReplacedByCode ?? "");
                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>The valid certificates of a course as one ZIP of PDFs, written straight to <paramref name="output"/>.</summary>
    public async Task<int> ZipAsync(int courseId, Stream output, CancellationToken cancellationToken = default)
    {
        var certificates = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.Subject == CertificateSubject.Course && c.SubjectId == courseId && c.Status == CertificateStatus.Valid)
            .OrderBy(c => c.LearnerName).ToListAsync(cancellationToken);
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var certificate in certificates)
        {
            var entry = zip.CreateEntry(FileName(certificate), CompressionLevel.Fastest);
            await using var stream = await entry.OpenAsync(cancellationToken);
            await stream.WriteAsync(await documents.PdfAsync(certificate, cancellationToken), cancellationToken);
        }

        return certificates.Count;
    }

    /// <summary>"certificado-maria-jose-quispe-K7QM-3XRT-9PAW-LC4D.pdf": readable, safe in any file system.</summary>
    public static string FileName(Certificate certificate)
    {
        var name = TextFolding.Slug(certificate.LearnerName, 60);
        return $"{(certificate.Culture == "en" ? "certificate" : "certificado")}-{(name.Length > 0 ? name + "-" : "")}{certificate.Code}.pdf";
    }

    /// <summary>The certificates with their learners' current addresses (one query for the whole list).</summary>
    private async Task<List<CertificateRow>> WithEmailsAsync(List<Certificate> certificates, CancellationToken cancellationToken)
    {
        var people = await users.FindManyAsync(certificates.Select(c => c.UserId), cancellationToken);
        return [.. certificates.Select(c => new CertificateRow(c, people.GetValueOrDefault(c.UserId)?.Email ?? ""))];
    }

    private IQueryable<Certificate> Filtered(CertificateFilter filter)
    {
        var certificates = db.Set<Certificate>().AsNoTracking();
        if (filter.Status is { } status)
        {
            certificates = certificates.Where(c => c.Status == status);
        }

        if (filter.CourseId is { } courseId)
        {
            certificates = certificates.Where(c => c.Subject == CertificateSubject.Course && c.SubjectId == courseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            var code = VerificationCode.Normalize(text.ToUpperInvariant());
            var term = TextFolding.Fold(text);
            certificates = certificates.Where(c => c.Code == code || FoldedText.Fold(c.LearnerName).Contains(term) || FoldedText.Fold(c.Title).Contains(term));
        }

        return certificates;
    }
}
