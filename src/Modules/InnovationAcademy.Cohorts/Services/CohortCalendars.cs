using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// Sessions as iCalendar feeds that calendar apps subscribe to: a public one per cohort, and a private one per
/// participant (the address carries a secret). Times are written in UTC, so every app shows them in its own zone.
/// </summary>
internal sealed class CohortCalendars(AcademyDbContext db, ISiteUrls urls, IStringLocalizer<CohortCalendars> T)
{
    public const string MediaType = "text/calendar";

    /// <summary>Anyone's: when and where, but not the meeting links, which are for admitted participants (their private feed).</summary>
    public string Public(Cohort cohort) => Serialize(cohort.Name, [.. cohort.Sessions.Select(s => (cohort, s))], withLinks: false);

    /// <summary>The sessions of the cohort whose application holds <paramref name="token"/>, once accepted; null for an unknown token.</summary>
    public async Task<(string Ics, string CohortSlug)?> PrivateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length is < 20 or > 64)
        {
            return null;
        }

        var application = await db.Set<CohortApplication>().AsNoTracking()
            .Include(a => a.Cohort).ThenInclude(c => c.Sessions).ThenInclude(s => s.HostPartner)
            .FirstOrDefaultAsync(a => a.CalendarToken == token, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var sessions = application.Status == ApplicationStatus.Accepted ? application.Cohort.Sessions : [];
        return (Serialize(application.Cohort.Name, [.. sessions.Select(s => (application.Cohort, s))], withLinks: true), application.Cohort.Slug);
    }

    private string Serialize(string name, IReadOnlyList<(Cohort Cohort, CohortSession Session)> sessions, bool withLinks)
    {
        var calendar = new Calendar { ProductId = "-//Innovation Academy//Cohorts//ES" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var (cohort, session) in sessions.OrderBy(s => s.Session.StartsUtc))
        {
            var page = urls.Absolute($"/cohorts/{cohort.Slug}");
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"session-{session.Id}@{new Uri(page).Host}",
                Summary = session.Title,
                Start = new CalDateTime(DateTime.SpecifyKind(session.StartsUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(session.EndsUtc, DateTimeKind.Utc)),
                Location = session.Place ?? (session.OnlineUrl is null ? null : withLinks ? session.OnlineUrl : T["Online"].Value),
                Url = new Uri(withLinks ? session.OnlineUrl ?? page : page),
                Description = string.Join("\n", new[] { cohort.Name, session.HostPartner?.Name, session.Facilitator, page }.Where(p => !string.IsNullOrWhiteSpace(p))),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
