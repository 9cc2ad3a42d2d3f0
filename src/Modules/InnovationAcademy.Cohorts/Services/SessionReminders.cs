using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// E-mails accepted participants 24 hours and 1 hour before each session, with the time in their own zone. Each
/// reminder is recorded under a unique key before its e-mail is queued in the same transaction, so it goes once.
/// </summary>
internal sealed class SessionReminders(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock) : IPeriodicWork
{
    private static readonly (string Kind, TimeSpan Before)[] Moments = [("24h", TimeSpan.FromHours(24)), ("1h", TimeSpan.FromHours(1))];

    public TimeSpan Every { get; } = TimeSpan.FromSeconds(configuration.GetValue("Cohorts:RemindEverySeconds", 60.0));

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Queues the reminders that are due and not yet sent; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var email = scope.ServiceProvider.GetRequiredService<IEmailQueue>();
        var urls = scope.ServiceProvider.GetRequiredService<ISiteUrls>();
        var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var site = scope.ServiceProvider.GetRequiredService<ISiteService>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var (kind, before) in Moments)
        {
            // A session within the window and not started yet; the 24-hour reminder is skipped when the 1-hour one is already due.
            var until = now + before;
            var earliest = kind == "24h" ? now + TimeSpan.FromHours(1) : now;
            var due = await (from session in db.Set<CohortSession>()
                             join cohort in db.Set<Cohort>() on session.CohortId equals cohort.Id
                             join application in db.Set<CohortApplication>() on cohort.Id equals application.CohortId
                             where application.Status == ApplicationStatus.Accepted && session.StartsUtc > earliest && session.StartsUtc <= until
                                && !db.Set<SessionReminder>().Any(r => r.SessionId == session.Id && r.ApplicationId == application.Id && r.Kind == kind)
                             orderby session.StartsUtc, application.Id
                             select new { session, cohort.Name, cohort.Slug, ApplicationId = application.Id, application.UserId })
                .Take(500).ToListAsync(cancellationToken);
            var people = await users.FindManyAsync(due.Select(d => d.UserId), cancellationToken);
            foreach (var item in due)
            {
                if (people.GetValueOrDefault(item.UserId) is not { Email.Length: > 0 } person)
                {
                    continue;
                }

                db.Add(new SessionReminder { SessionId = item.session.Id, ApplicationId = item.ApplicationId, Kind = kind, SentUtc = now });
                var zoneId = await site.TimeZoneForAsync(person.TimeZoneId, cancellationToken);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
                var culture = System.Globalization.CultureInfo.GetCultureInfo(person.Culture == "en" ? "en-GB" : "es");
                await email.EnqueueTemplateAsync(person.Email, kind == "24h" ? "session-tomorrow" : "session-soon", person.Culture, new
                {
                    person.DisplayName,
                    CohortName = item.Name,
                    Title = item.session.Title,
                    Starts = TimeZoneInfo.ConvertTimeFromUtc(item.session.StartsUtc, zone).ToString(person.Culture == "en" ? "dddd d MMMM, HH:mm" : "dddd d 'de' MMMM, HH:mm", culture),
                    Zone = TimeZoneChoices.Describe(zoneId, item.session.StartsUtc, culture),
                    Where = item.session.OnlineUrl is { } online ? new EmailLink(online) : (object)(item.session.Place ?? ""),
                    Link = urls.Absolute("/my/journey"),
                }, EmailAbout.Cohort(item.session.CohortId), cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    sent++;
                }
                catch (DbUpdateException)
                {
                    // Another node recorded this reminder first: its e-mail stands, ours is dropped with the change.
                    db.ChangeTracker.Clear();
                }
            }
        }

        return sent;
    }
}
