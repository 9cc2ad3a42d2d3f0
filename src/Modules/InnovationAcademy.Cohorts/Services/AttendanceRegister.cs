using System.Text;
using System.Text.RegularExpressions;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>An accepted participant on a session's attendance list.</summary>
internal sealed record AttendanceRow(int ApplicationId, string Name, string Email, bool? Present);

/// <summary>A line of an imported export that named nobody on the list, with why.</summary>
internal sealed record UnmatchedLine(int Line, string Text, string Reason);

internal sealed record AttendanceImport(int Marked, IReadOnlyList<UnmatchedLine> Unmatched);

/// <summary>
/// Attendance per session: the list of accepted participants to tick on a phone, and the import of a video-meeting
/// tool's participant export, matched by e-mail. An export's format varies by tool, so each line is searched for an
/// e-mail address rather than read by column; lines that match nobody are reported, never guessed.
/// </summary>
internal sealed partial class AttendanceRegister(AcademyDbContext db, IUserDirectory users, IAuditLog audit, TimeProvider clock)
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    // Facilitators may open the list at the door, a little before the start; not days ahead, when nobody has come.
    private static readonly TimeSpan OpensBeforeStart = TimeSpan.FromMinutes(30);

    /// <summary>Whether the session has begun (or is about to), so that there is attendance to record.</summary>
    public bool IsOpen(CohortSession session) => session.StartsUtc - OpensBeforeStart <= clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<AttendanceRow>> ListAsync(Cohort cohort, CohortSession session, CancellationToken cancellationToken = default)
    {
        var marks = await db.Set<Attendance>().AsNoTracking().Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.ApplicationId, a => a.Present, cancellationToken);
        var participants = await ParticipantsAsync(cohort, cancellationToken);
        return participants.Select(p => new AttendanceRow(p.Id, p.Name, p.Email, marks.TryGetValue(p.Id, out var present) ? present : null)).ToList();
    }

    /// <summary>Saves the whole list: ticked present, the rest absent.</summary>
    public async Task<int> MarkAsync(Cohort cohort, CohortSession session, IReadOnlyCollection<int> present, string by, CancellationToken cancellationToken = default)
    {
        var participants = await ParticipantsAsync(cohort, cancellationToken);
        foreach (var participant in participants)
        {
            await SetAsync(session.Id, participant.Id, present.Contains(participant.Id), by, "list", cancellationToken);
        }

        audit.Record("cohort.attendance-marked", session.Title, AuditNote.Say("present: {0} of {1}; by {2}", participants.Count(p => present.Contains(p.Id)), participants.Count, by));
        await db.SaveChangesAsync(cancellationToken);
        return participants.Count(p => present.Contains(p.Id));
    }

    /// <summary>Marks present everyone whose e-mail appears in the export; reports every other line.</summary>
    public async Task<AttendanceImport> ImportAsync(Cohort cohort, CohortSession session, byte[] file, string by, CancellationToken cancellationToken = default)
    {
        var participants = (await ParticipantsAsync(cohort, cancellationToken)).ToDictionary(p => p.Email.ToUpperInvariant());
        var unmatched = new List<UnmatchedLine>();
        var marked = new HashSet<int>();
        var lines = UploadedText.Decode(file).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim('\r', ' ', '\t');
            if (line.Length == 0)
            {
                continue;
            }

            var match = EmailPattern().Match(line);
            if (!match.Success)
            {
                // The first line is the export's header.
                if (i > 0)
                {
                    unmatched.Add(new UnmatchedLine(i + 1, Shorten(line), "no e-mail address"));
                }

                continue;
            }

            if (participants.TryGetValue(match.Value.ToUpperInvariant(), out var participant))
            {
                if (marked.Add(participant.Id))
                {
                    await SetAsync(session.Id, participant.Id, true, by, "csv", cancellationToken);
                }
            }
            else
            {
                unmatched.Add(new UnmatchedLine(i + 1, Shorten(line), "not an accepted participant"));
            }
        }

        audit.Record("cohort.attendance-imported", session.Title, AuditNote.Say("present: {0}; lines not matched: {1}; by {2}", marked.Count, unmatched.Count, by));
        await db.SaveChangesAsync(cancellationToken);
        return new AttendanceImport(marked.Count, unmatched);
    }

    private async Task SetAsync(int sessionId, int applicationId, bool present, string by, string source, CancellationToken cancellationToken)
    {
        var mark = await db.Set<Attendance>().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.ApplicationId == applicationId, cancellationToken);
        if (mark is null)
        {
            mark = new Attendance { SessionId = sessionId, ApplicationId = applicationId, MarkedBy = by, Source = source };
            db.Add(mark);
        }

        mark.Present = present;
        mark.MarkedBy = by;
        mark.Source = source;
        mark.MarkedUtc = clock.GetUtcNow().UtcDateTime;
    }

    private async Task<List<(int Id, string Name, string Email)>> ParticipantsAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var accepted = await db.Set<CohortApplication>().AsNoTracking()
            .Where(a => a.CohortId == cohort.Id && a.Status == ApplicationStatus.Accepted)
            .Select(a => new { a.Id, a.UserId }).ToListAsync(cancellationToken);
        var people = await users.FindManyAsync(accepted.Select(a => a.UserId), cancellationToken);
        return [.. accepted.Where(a => people.ContainsKey(a.UserId))
            .Select(a => (a.Id, people[a.UserId].DisplayName, people[a.UserId].Email))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static string Shorten(string line) => line.Length <= 120 ? line : line[..117] + "...";

    [GeneratedRegex(@"[^\s,;""'<>()]+@[^\s,;""'<>()]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();
}
