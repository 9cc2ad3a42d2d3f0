using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>A problem with one field of a form; <see cref="Problem"/> is English and its own localization key.</summary>
internal sealed record FieldProblem(string Field, string Problem);

/// <summary>
/// Creates and edits cohorts and their sessions from the admin forms, with the same rules as the recipe step
/// (<see cref="CohortRules"/>). Nothing is saved while any field is wrong.
/// </summary>
internal sealed class CohortEditor(AcademyDbContext db, IAuditLog audit, CohortPageCache pages)
{
    public async Task<(Cohort? Cohort, IReadOnlyList<FieldProblem> Problems)> SaveAsync(int? cohortId, CohortForm form, string by, CancellationToken cancellationToken = default)
    {
        var problems = new List<FieldProblem>();
        void Add(string field, string? problem)
        {
            if (problem is not null)
            {
                problems.Add(new(field, problem));
            }
        }

        var name = form.Name?.Trim() ?? "";
        Add(nameof(form.Name), name.Length is 0 or > 200 ? "Write a name of up to 200 characters." : !DisplayNames.IsValid(name) ? DisplayNames.Problem : null);
        var slug = form.Slug?.Trim() ?? "";
        Add(nameof(form.Slug), CohortRules.Slug(slug));
        if (problems.All(p => p.Field != nameof(form.Slug)) && await db.Set<Cohort>().AnyAsync(c => c.Slug == slug && c.Id != cohortId, cancellationToken))
        {
            Add(nameof(form.Slug), "Another cohort has this address.");
        }

        Add(nameof(form.Summary), form.Summary?.Length > 4000 ? "Write up to 4,000 characters." : null);
        Add(nameof(form.StartsOn), form.StartsOn is null ? "Give the start date." : null);
        Add(nameof(form.EndsOn), form.EndsOn is null ? "Give the end date." : form.StartsOn is { } start ? CohortRules.Dates(start, form.EndsOn.Value) : null);
        Add(nameof(form.Capacity), CohortRules.Capacity(form.Capacity));
        Add(nameof(form.Language), CohortRules.Language(form.Language));
        Add(nameof(form.TimeZoneId), CohortRules.TimeZone(form.TimeZoneId));
        Add(nameof(form.MinAttendancePercent), CohortRules.AttendancePercent(form.MinAttendancePercent));
        Add(nameof(form.CertificateHours), CohortRules.CertificateHours(form.CertificateHours));

        // A name typed for a new programme wins over the list, whose first entry is selected by default.
        var newProgramme = form.NewProgramme?.Trim() ?? "";
        var programme = newProgramme.Length == 0 && form.ProgrammeId is { } programmeId
            ? await db.Set<Programme>().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            : null;
        if (programme is null)
        {
            Add(nameof(form.NewProgramme), newProgramme.Length is 0 or > 200 ? "Choose a programme, or name a new one (up to 200 characters)." : null);
        }

        var cohort = cohortId is { } id ? await db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (problems.Count > 0 || (cohortId is not null && cohort is null))
        {
            return (null, problems);
        }

        programme ??= await ProgrammeNamedAsync(newProgramme, cancellationToken);
        if (cohort is null)
        {
            cohort = new Cohort { Slug = slug, Name = name };
            db.Add(cohort);
        }

        cohort.Programme = programme;
        cohort.Name = name;
        cohort.Slug = slug;
        cohort.Summary = form.Summary?.Trim() ?? "";
        cohort.StartsOn = form.StartsOn!.Value;
        cohort.EndsOn = form.EndsOn!.Value;
        cohort.Capacity = form.Capacity;
        cohort.Language = form.Language;
        cohort.TimeZoneId = form.TimeZoneId;
        cohort.SignUpOpen = form.SignUpOpen;
        cohort.MinAttendancePercent = form.MinAttendancePercent;
        cohort.CertificateHours = form.CertificateHours;
        audit.Record(cohortId is null ? "cohort.created" : "cohort.edited", cohort.Name, AuditNote.Say("by {0}", by));
        await db.SaveChangesAsync(cancellationToken);
        await pages.ChangedAsync();
        return (cohort, []);
    }

    /// <summary>Adds a session (<paramref name="sessionId"/> null) or changes one; the day and times are the cohort's local time.</summary>
    public async Task<IReadOnlyList<FieldProblem>> SaveSessionAsync(Cohort cohort, int? sessionId, SessionForm form, string by, CancellationToken cancellationToken = default)
    {
        var problems = new List<FieldProblem>();
        var title = form.Title?.Trim() ?? "";
        if (title.Length is 0 or > 300)
        {
            problems.Add(new(nameof(form.Title), "Write a title of up to 300 characters."));
        }

        if (!Enum.IsDefined(form.Kind))
        {
            problems.Add(new(nameof(form.Kind), "Choose one of the options."));
        }

        if (form.Day is null)
        {
            problems.Add(new(nameof(form.Day), "Give the day."));
        }

        if (form.Starts is null)
        {
            problems.Add(new(nameof(form.Starts), "Give the start time."));
        }

        if (form.Ends is null || (form.Starts is { } starts && form.Ends <= starts))
        {
            problems.Add(new(nameof(form.Ends), "The session ends after it starts, on the same day."));
        }

        var url = form.OnlineUrl?.Trim() ?? "";
        if (url.Length > 0 && (url.Length > 1000 || !WebLinks.IsWebAddress(url)))
        {
            problems.Add(new(nameof(form.OnlineUrl), "Give an address that starts with https://."));
        }

        var place = form.Place?.Trim() ?? "";
        if (place.Length > 300)
        {
            problems.Add(new(nameof(form.Place), "Write up to 300 characters."));
        }

        if (url.Length == 0 && place.Length == 0)
        {
            problems.Add(new(nameof(form.Place), "Give an online link or a place, so participants know where to go."));
        }

        if ((form.Facilitator?.Trim().Length ?? 0) > 200)
        {
            problems.Add(new(nameof(form.Facilitator), "Write up to 200 characters."));
        }

        var host = form.HostPartnerId is { } hostId ? await db.Set<PartnerOrganisation>().FirstOrDefaultAsync(p => p.Id == hostId, cancellationToken) : null;
        if (form.HostPartnerId is not null && host is null)
        {
            problems.Add(new(nameof(form.HostPartnerId), "Choose one of the options."));
        }

        var (materials, materialsProblem) = ParseMaterials(form.Materials);
        if (materialsProblem is not null)
        {
            problems.Add(new(nameof(form.Materials), materialsProblem));
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZoneId);
        if (form.Day is { } day && form.Starts is { } from && zone.IsInvalidTime(day.ToDateTime(from)))
        {
            problems.Add(new(nameof(form.Starts), "This time does not exist on that day: the clocks change."));
        }

        var session = sessionId is { } id
            ? await db.Set<CohortSession>().Include(s => s.Materials).FirstOrDefaultAsync(s => s.Id == id && s.CohortId == cohort.Id, cancellationToken)
            : null;
        if (problems.Count > 0 || (sessionId is not null && session is null))
        {
            return problems;
        }

        DateTime Utc(TimeOnly time) => TimeZoneInfo.ConvertTimeToUtc(form.Day!.Value.ToDateTime(time, DateTimeKind.Unspecified), zone);
        if (session is null)
        {
            session = new CohortSession { CohortId = cohort.Id, Title = title };
            db.Add(session);
        }

        session.Title = title;
        session.Kind = form.Kind;
        session.StartsUtc = Utc(form.Starts!.Value);
        session.EndsUtc = Utc(form.Ends!.Value);
        session.OnlineUrl = url.Length > 0 ? url : null;
        session.Place = place.Length > 0 ? place : null;
        session.HostPartner = host;
        session.HostPartnerId = host?.Id;
        session.Facilitator = form.Facilitator?.Trim() ?? "";
        session.Materials.Clear();
        session.Materials.AddRange(materials);
        audit.Record(sessionId is null ? "cohort.session-added" : "cohort.session-edited", cohort.Name, AuditNote.Say("{0}, by {1}", title, by));
        await db.SaveChangesAsync(cancellationToken);
        await pages.ChangedAsync();
        return [];
    }

    public Task<int> AttendanceMarksAsync(int sessionId, CancellationToken cancellationToken = default) =>
        db.Set<Attendance>().CountAsync(a => a.SessionId == sessionId, cancellationToken);

    /// <summary>Removes a session with its attendance marks and reminders (the confirmation page says how many marks go).</summary>
    public async Task DeleteSessionAsync(Cohort cohort, int sessionId, string by, CancellationToken cancellationToken = default)
    {
        var session = await db.Set<CohortSession>().FirstOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohort.Id, cancellationToken);
        if (session is null)
        {
            return;
        }

        db.Remove(session);
        audit.Record("cohort.session-deleted", cohort.Name, AuditNote.Say("{0}, by {1}", session.Title, by));
        await db.SaveChangesAsync(cancellationToken);
        await pages.ChangedAsync();
    }

    /// <summary>"Title | address" per line; blank lines are skipped.</summary>
    public static (List<SessionMaterial> Materials, string? Problem) ParseMaterials(string? text)
    {
        var materials = new List<SessionMaterial>();
        foreach (var line in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var bar = line.LastIndexOf('|');
            var title = bar > 0 ? line[..bar].Trim() : "";
            var address = bar > 0 ? line[(bar + 1)..].Trim() : "";
            if (title.Length is 0 or > 300 || address.Length > 1000 || !WebLinks.IsWebOrSitePath(address))
            {
                return ([], "Write each material on its own line as: title | address (https://… or /media/…).");
            }

            materials.Add(new SessionMaterial { Title = title, Url = address, Position = materials.Count });
        }

        return materials.Count > 20 ? ([], "Up to 20 materials per session.") : (materials, null);
    }

    public static string MaterialsText(IEnumerable<SessionMaterial> materials) =>
        string.Join('\n', materials.OrderBy(m => m.Position).Select(m => $"{m.Title} | {m.Url}"));

    private async Task<Programme> ProgrammeNamedAsync(string name, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Programme>().FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var baseSlug = TextFolding.Slug(name, 90) is { Length: > 0 } folded ? folded : "programa";
        var slug = baseSlug;
        for (var n = 2; await db.Set<Programme>().AnyAsync(p => p.Slug == slug, cancellationToken); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        var programme = new Programme { Slug = slug, Name = name };
        db.Add(programme);
        return programme;
    }
}
