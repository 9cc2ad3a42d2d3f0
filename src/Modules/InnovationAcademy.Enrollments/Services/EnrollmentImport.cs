using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>What is wrong with a line of an enrolment file.</summary>
internal enum ImportProblem
{
    BadEmail,
    MissingName,
    NameTooLong,
    NotAName,
    BadLanguage,
    DuplicateInFile,
    AlreadyEnrolled,
}

internal sealed record ImportRow(int Line, string Email, string Name, string Language, ImportProblem? Problem, bool NewAccount);

internal sealed record ImportPreview(Guid BatchId, string FileName, IReadOnlyList<ImportRow> Rows)
{
    public int Valid => Rows.Count(r => r.Problem is null);

    public int Invalid => Rows.Count(r => r.Problem is not null);

    public int NewAccounts => Rows.Count(r => r.Problem is null && r.NewAccount);
}

internal sealed record ImportOutcome(bool Refused, int Enrolled, int Waitlisted, int AccountsCreated, int Skipped);

/// <summary>
/// Bulk enrolment from a file: first a preview that names each line's problem, then, on confirmation, one
/// transaction that enrols every valid line (or nothing, when the administrator asked for all or nothing).
/// Accounts are found and created by <see cref="IAccountProvisioning"/>, so that ten thousand lines take seconds.
/// </summary>
internal sealed class EnrollmentImport(
    AcademyDbContext db,
    IAccountProvisioning accountProvisioning,
    EnrollmentNotifier notifier,
    EnrollmentService enrollments,
    EnrollmentEvents events,
    ISiteService site,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int ChunkSize = 500;

    /// <summary>Stores the decoded file for its confirmation; returns its id, or the error that makes it unreadable.</summary>
    public async Task<(Guid? BatchId, string? Error)> UploadAsync(int courseId, string fileName, byte[] content, string by, CancellationToken cancellationToken = default)
    {
        var text = UploadedText.Decode(content);
        var (_, error) = ImportFileReader.Read(text);
        if (error is not null)
        {
            return (null, error);
        }

        // Files never confirmed are not kept for long.
        var stale = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await db.Set<ImportBatch>().Where(b => b.CreatedUtc < stale).ExecuteDeleteAsync(cancellationToken);

        var batch = new ImportBatch
        {
            Id = Guid.NewGuid(),
            CourseId = courseId,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 260 } name ? name : "import.csv",
            Content = text,
            CreatedBy = by,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<ImportBatch>().Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return (batch.Id, null);
    }

    /// <summary>Each line with its problem, checked against the file itself and against who is enrolled now.</summary>
    public async Task<ImportPreview?> PreviewAsync(int courseId, Guid batchId, CancellationToken cancellationToken = default)
    {
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.CourseId == courseId, cancellationToken);
        return batch is null ? null : await PreviewAsync(batch, courseId, cancellationToken);
    }

    private async Task<ImportPreview> PreviewAsync(ImportBatch batch, int courseId, CancellationToken cancellationToken)
    {
        var (lines, _) = ImportFileReader.Read(batch.Content);
        var accounts = await accountProvisioning.FindAsync(lines.Select(l => l.Email), cancellationToken);
        var enrolled = await EnrolledUserIdsAsync(courseId, accounts.Values.Select(a => a.Id), cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<ImportRow>(lines.Count);
        foreach (var line in lines)
        {
            var account = accounts.GetValueOrDefault(accountProvisioning.NormalizeEmail(line.Email));
            ImportProblem? problem =
                !EmailAddress.IsValid(line.Email) ? ImportProblem.BadEmail
                : !seen.Add(line.Email) ? ImportProblem.DuplicateInFile
                : account is not null && enrolled.Contains(account.Id) ? ImportProblem.AlreadyEnrolled
                : account is null && line.Name.Length == 0 ? ImportProblem.MissingName
                : line.Name.Length > 200 ? ImportProblem.NameTooLong
                : account is null && !DisplayNames.IsValid(line.Name) ? ImportProblem.NotAName
                : Language(line.Language) is null ? ImportProblem.BadLanguage
                : null;
            rows.Add(new ImportRow(line.Line, line.Email, line.Name, line.Language, problem, account is null));
        }

        return new ImportPreview(batch.Id, batch.FileName, rows);
    }

    /// <summary>Enrols the valid lines in one transaction; with <paramref name="allOrNothing"/>, nothing if any line has a problem.</summary>
    public async Task<ImportOutcome?> ConfirmAsync(CourseRef course, Guid batchId, bool allOrNothing, bool notify, CancellationToken cancellationToken = default)
    {
        var courseId = course.Id;
        var siteName = (await site.GetAsync(cancellationToken))?.SiteName ?? "Innovation Academy";
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        // The batch is read and checked inside the transaction, so the check sees what an earlier confirmation wrote.
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.CourseId == courseId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var preview = await PreviewAsync(batch, courseId, cancellationToken);
        if (allOrNothing && preview.Invalid > 0)
        {
            return new ImportOutcome(Refused: true, 0, 0, 0, preview.Invalid);
        }

        // The claim: one confirmation deletes the batch; any other (a double click, a second node) deletes nothing and
        // stops here. PostgreSQL: its DELETE waits on the first one's row lock, then finds the row gone. SQLite: the
        // transaction began IMMEDIATE, so confirmations run one after the other and the later ones find no batch.
        if (await db.Set<ImportBatch>().Where(b => b.Id == batchId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return null;
        }

        var valid = preview.Rows.Where(r => r.Problem is null).ToList();
        var now = clock.GetUtcNow().UtcDateTime;

        var (accounts, created) = await accountProvisioning.FindOrAddAsync(
            valid.Select(r => new AccountRequest(r.Email, r.Name, Language(r.Language)!)).ToList(), cancellationToken);

        var settings = await db.Set<EnrollmentSettings>().FirstOrDefaultAsync(s => s.CourseId == courseId, cancellationToken);
        var free = settings?.Capacity is { } capacity ? Math.Max(0, capacity - await enrollments.CountActiveAsync(courseId, cancellationToken)) : int.MaxValue;
        if (settings is not null)
        {
            settings.Revision++;
        }

        var existing = await EnrollmentsAsync(courseId, accounts.Values.Select(a => a.Id), cancellationToken);
        var createdIds = created.Select(u => u.Id).ToHashSet();
        var activated = new List<Enrollment>();
        int enrolled = 0, waitlisted = 0;
        foreach (var row in valid)
        {
            var user = accounts[accountProvisioning.NormalizeEmail(row.Email)];
            var enrollment = existing.GetValueOrDefault(user.Id);
            if (enrollment is null)
            {
                enrollment = new Enrollment { CourseId = courseId, UserId = user.Id, RequestedUtc = now, StatusChangedUtc = now };
                db.Set<Enrollment>().Add(enrollment);
            }

            var placed = free > 0;
            free -= placed ? 1 : 0;
            enrollments.Change(enrollment, placed ? EnrollmentStatus.Active : EnrollmentStatus.Waitlisted, "imported", preview.FileName);
            if (placed)
            {
                enrolled++;
                activated.Add(enrollment);
            }
            else
            {
                waitlisted++;
            }

            if (!notify)
            {
                continue;
            }

            if (createdIds.Contains(user.Id))
            {
                // A placed learner hears which course; one on the waiting list gets the plain welcome (no place to announce yet).
                var invitation = new Invitation(placed ? course.Title : "", $"/courses/{course.Slug}", EmailAbout.Course(course.Id), InvitationKind.Enrolment);
                await accountProvisioning.SendInvitationAsync(user.Id, siteName, invitation, cancellationToken);
            }
            else
            {
                await notifier.NotifyAsync(enrollment, course, placed ? "enrollment-added" : "enrollment-waitlisted", null, cancellationToken);
            }
        }

        audit.Record("enrollment.imported", course.Slug, AuditNote.Say("{0}: enrolled: {1}; waiting: {2}; new accounts: {3}; lines skipped: {4}", preview.FileName, enrolled, waitlisted, created.Count, preview.Invalid));
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var enrollment in activated)
        {
            await events.EnrolledAsync(EnrollmentService.Event(enrollment), cancellationToken);
        }

        return new ImportOutcome(Refused: false, enrolled, waitlisted, created.Count, preview.Invalid);
    }

    /// <summary>"es", "en", or the site's default for an empty cell; null for anything else.</summary>
    private static string? Language(string value) =>
        value.Length == 0 ? SupportedCultures.Spanish
        : value.Trim().ToLowerInvariant() switch
        {
            "es" or "español" or "espanol" or "spanish" or "castellano" => SupportedCultures.Spanish,
            "en" or "english" or "inglés" or "ingles" => "en",
            _ => null,
        };

    private async Task<HashSet<string>> EnrolledUserIdsAsync(int courseId, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var enrolled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Chunk(ChunkSize))
        {
            enrolled.UnionWith(await db.Set<Enrollment>().AsNoTracking()
                .Where(e => e.CourseId == courseId && chunk.Contains(e.UserId)
                    && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Pending || e.Status == EnrollmentStatus.Waitlisted))
                .Select(e => e.UserId).ToListAsync(cancellationToken));
        }

        return enrolled;
    }

    private async Task<Dictionary<string, Enrollment>> EnrollmentsAsync(int courseId, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Enrollment>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Chunk(ChunkSize))
        {
            foreach (var enrollment in await db.Set<Enrollment>().Where(e => e.CourseId == courseId && chunk.Contains(e.UserId)).ToListAsync(cancellationToken))
            {
                found[enrollment.UserId] = enrollment;
            }
        }

        return found;
    }
}
