using InnovationAcademy.Core.Text;
using System.Globalization;
using CsvHelper;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>Which learners of a course a list, an export or a message is about.</summary>
internal sealed record RosterFilter(string? Query, string? Status)
{
    /// <summary>The statuses administrators filter by: each enrolment status, and "completed".</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["active", "completed", "pending", "waitlisted", "rejected", "withdrawn", "left"];

    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (!string.IsNullOrWhiteSpace(Status))
        {
            parts.Add("status=" + Uri.EscapeDataString(Status));
        }

        if (page is not null)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

internal sealed record RosterRow(
    int Id,
    string Email,
    string Name,
    string Culture,
    EnrollmentStatus Status,
    int ProgressPercent,
    int CompletedModules,
    DateTime? CompletedUtc,
    DateTime? LastActivityUtc,
    DateTime RequestedUtc);

/// <summary>Counts of a course's learners by status, for the overview.</summary>
internal sealed record RosterCounts(int Active, int Pending, int Waitlisted, int Completed, int Other);

/// <summary>A course's learners as administrators see them: searched, filtered, paged, exported, written to.</summary>
internal sealed class EnrollmentRoster(AcademyDbContext db, IUserDirectory people)
{
    public const int PageSize = 25;

    public async Task<Page<RosterRow>> PageAsync(int courseId, RosterFilter filter, int? page, CancellationToken cancellationToken = default)
    {
        var query = Filter(courseId, filter);
        var total = await query.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var rows = await Project(query.OrderBy(r => r.Person.SearchEmail).ThenBy(r => r.Enrollment.Id).Skip((number - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new Page<RosterRow>(rows, number, PageSize, total);
    }

    /// <summary>Every matching learner, for an export or a message.</summary>
    public Task<List<RosterRow>> AllAsync(int courseId, RosterFilter filter, CancellationToken cancellationToken = default) =>
        Project(Filter(courseId, filter).OrderBy(r => r.Person.SearchEmail).ThenBy(r => r.Enrollment.Id)).ToListAsync(cancellationToken);

    /// <summary>The CSV administrators download: UTF-8 with a byte-order mark so that spreadsheets keep the accents.</summary>
    public static byte[] ToCsv(IEnumerable<RosterRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            // Learners choose their names; a name a spreadsheet would run as a formula is written as text.
            foreach (var header in new[] { "email", "name", "status", "progress_percent", "completed_modules", "completed_on" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Email);
                csv.WriteField(row.Name);
                csv.WriteField(row.CompletedUtc is null ? row.Status.ToString().ToLowerInvariant() : "completed");
                csv.WriteField(row.ProgressPercent.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.CompletedModules.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.CompletedUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    public async Task<Dictionary<int, RosterCounts>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var groups = await db.Set<Enrollment>().AsNoTracking()
            .GroupBy(e => new { e.CourseId, e.Status, Completed = e.CompletedUtc != null })
            .Select(g => new { g.Key.CourseId, g.Key.Status, g.Key.Completed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.GroupBy(g => g.CourseId).ToDictionary(g => g.Key, g => new RosterCounts(
            g.Where(x => x.Status == EnrollmentStatus.Active).Sum(x => x.Count),
            g.Where(x => x.Status == EnrollmentStatus.Pending).Sum(x => x.Count),
            g.Where(x => x.Status == EnrollmentStatus.Waitlisted).Sum(x => x.Count),
            g.Where(x => x.Completed).Sum(x => x.Count),
            g.Where(x => x.Status is EnrollmentStatus.Rejected or EnrollmentStatus.Withdrawn or EnrollmentStatus.Left).Sum(x => x.Count)));
    }

    /// <summary>One enrolment with its whole trail, newest change first.</summary>
    public Task<Enrollment?> DetailAsync(int courseId, int enrollmentId, CancellationToken cancellationToken = default) =>
        db.Set<Enrollment>().AsNoTracking()
            .Include(e => e.Changes.OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id))
            .Include(e => e.Lessons)
            .Include(e => e.Modules)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == enrollmentId && e.CourseId == courseId, cancellationToken);

    /// <summary>The course's enrolments joined to their learners in SQL, so that thousands are searched and sorted by the database.</summary>
    private IQueryable<RosterEntry> Filter(int courseId, RosterFilter filter)
    {
        var query = db.Set<Enrollment>().AsNoTracking().Where(e => e.CourseId == courseId)
            .Join(people.Query(), e => e.UserId, p => p.Id, (e, p) => new RosterEntry { Enrollment = e, Person = p });
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var term = TextFolding.Fold(filter.Query.Trim());
            query = query.Where(r => FoldedText.Fold(r.Person.SearchEmail).Contains(term) || FoldedText.Fold(r.Person.DisplayName).Contains(term));
        }

        return filter.Status switch
        {
            "completed" => query.Where(r => r.Enrollment.CompletedUtc != null),
            { } status when Enum.TryParse<EnrollmentStatus>(status, ignoreCase: true, out var parsed) && RosterFilter.Statuses.Contains(status) =>
                query.Where(r => r.Enrollment.Status == parsed && (parsed != EnrollmentStatus.Active || r.Enrollment.CompletedUtc == null)),
            _ => query,
        };
    }

    private static IQueryable<RosterRow> Project(IQueryable<RosterEntry> query) =>
        query.Select(r => new RosterRow(
            r.Enrollment.Id, r.Person.Email, r.Person.DisplayName, r.Person.Culture, r.Enrollment.Status, r.Enrollment.ProgressPercent,
            r.Enrollment.Modules.Count, r.Enrollment.CompletedUtc, r.Enrollment.LastActivityUtc, r.Enrollment.RequestedUtc));

    private sealed class RosterEntry
    {
        public required Enrollment Enrollment { get; init; }

        public required PersonRow Person { get; init; }
    }
}
