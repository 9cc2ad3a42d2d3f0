using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>A cohort as lists show it: enough to choose one, and the next session to come.</summary>
internal sealed record CohortCard(
    string Slug, string Name, string Programme, string Summary, string Language, DateOnly StartsOn, DateOnly EndsOn,
    bool SignUpOpen, int Sessions, DateTime? NextSessionUtc, string TimeZoneId)
{
    /// <summary>Taking sign-ups and not over (the day is the cohort's own).</summary>
    public bool OpenOn(DateTime nowUtc) => SignUpOpen && EndsOn >= DateOnly.FromDateTime(LocalNow(nowUtc));

    public bool EndedOn(DateTime nowUtc) => EndsOn < DateOnly.FromDateTime(LocalNow(nowUtc));

    private DateTime LocalNow(DateTime nowUtc) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone) : nowUtc;
}

/// <summary>A signed-in person's next live session, in a cohort that accepted them.</summary>
internal sealed record UpcomingSession(string CohortSlug, string CohortName, string Title, SessionKind Kind, DateTime StartsUtc, DateTime EndsUtc, string? Place, bool Online);

/// <summary>The lists of cohorts: the public page of every cohort, the home page's open ones, a person's next sessions.</summary>
internal sealed class CohortListing(AcademyDbContext db)
{
    /// <summary>Every cohort, the latest to start first: a lab runs a few a year, so the list is never long.</summary>
    public async Task<IReadOnlyList<CohortCard>> CardsAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await db.Set<Cohort>().AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortCard(
                c.Slug, c.Name, c.Programme.Name, c.Summary, c.Language, c.StartsOn, c.EndsOn, c.SignUpOpen, c.Sessions.Count,
                c.Sessions.Where(s => s.StartsUtc > nowUtc).Min(s => (DateTime?)s.StartsUtc), c.TimeZoneId))
            .ToListAsync(cancellationToken);

    /// <summary>The next sessions of the cohorts that accepted this person, soonest first.</summary>
    public async Task<IReadOnlyList<UpcomingSession>> NextSessionsAsync(string userId, DateTime nowUtc, int count, CancellationToken cancellationToken = default)
    {
        var cohortIds = db.Set<CohortApplication>().Where(a => a.UserId == userId && a.Status == ApplicationStatus.Accepted).Select(a => a.CohortId);
        return await db.Set<CohortSession>().AsNoTracking()
            .Where(s => cohortIds.Contains(s.CohortId) && s.EndsUtc > nowUtc)
            .OrderBy(s => s.StartsUtc).ThenBy(s => s.Id)
            .Take(count)
            .Join(db.Set<Cohort>(), s => s.CohortId, c => c.Id, (s, c) => new UpcomingSession(c.Slug, c.Name, s.Title, s.Kind, s.StartsUtc, s.EndsUtc, s.Place, s.OnlineUrl != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether this person has signed up to any cohort, in whatever state: they then have a journey page.</summary>
    public Task<bool> HasJourneyAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<CohortApplication>().AnyAsync(a => a.UserId == userId, cancellationToken);
}
