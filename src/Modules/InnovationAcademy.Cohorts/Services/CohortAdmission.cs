using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

internal enum AdmissionDecision
{
    Accept,
    Waitlist,
    Reject,
}

/// <summary>What a bulk decision did: how many were accepted, put on the waiting list (asked or for lack of room), rejected.</summary>
internal sealed record AdmissionOutcome(int Accepted, int Waitlisted, int Rejected, int OverCapacity);

/// <summary>
/// Administrators' decisions on sign-ups, one or many at once. Accepting never goes beyond the cohort's capacity:
/// those who do not fit go to the waiting list, in the order they signed up. Every applicant whose status changes
/// is e-mailed in their language.
/// </summary>
internal sealed class CohortAdmission(AcademyDbContext db, IUserDirectory directory, IEmailQueue email, ISiteUrls urls, IAuditLog audit, TimeProvider clock)
{
    public async Task<AdmissionOutcome> DecideAsync(Cohort cohort, IReadOnlyCollection<int> applicationIds, AdmissionDecision decision, string by, CancellationToken cancellationToken = default)
    {
        var chosen = await db.Set<CohortApplication>()
            .Where(a => a.CohortId == cohort.Id && applicationIds.Contains(a.Id))
            .OrderBy(a => a.SignedUpUtc).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var accepted = await db.Set<CohortApplication>().CountAsync(a => a.CohortId == cohort.Id && a.Status == ApplicationStatus.Accepted, cancellationToken);
        var room = cohort.Capacity is { } capacity ? Math.Max(0, capacity - accepted) : int.MaxValue;
        var now = clock.GetUtcNow().UtcDateTime;
        int accepts = 0, waits = 0, rejects = 0, over = 0;
        var changed = new List<CohortApplication>();
        foreach (var application in chosen)
        {
            var status = decision switch
            {
                AdmissionDecision.Accept when application.Status == ApplicationStatus.Accepted => ApplicationStatus.Accepted,
                AdmissionDecision.Accept when room > 0 => ApplicationStatus.Accepted,
                AdmissionDecision.Accept => ApplicationStatus.Waitlisted,
                AdmissionDecision.Waitlist => ApplicationStatus.Waitlisted,
                _ => ApplicationStatus.Rejected,
            };
            if (decision == AdmissionDecision.Accept && status == ApplicationStatus.Waitlisted)
            {
                over++;
            }

            if (status == application.Status)
            {
                continue;
            }

            if (status == ApplicationStatus.Accepted)
            {
                room--;
                accepts++;
            }
            else if (status == ApplicationStatus.Waitlisted)
            {
                waits++;
            }
            else
            {
                rejects++;
            }

            application.Status = status;
            application.DecidedUtc = now;
            application.DecidedBy = by;
            changed.Add(application);
        }

        audit.Record("cohort.admission", cohort.Name, AuditNote.Say("accepted: {0}; waiting list: {1} ({2} for lack of room); rejected: {3}; by {4}", accepts, waits, over, rejects, by));
        await NotifyAsync(cohort, changed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AdmissionOutcome(accepts, waits, rejects, over);
    }

    private async Task NotifyAsync(Cohort cohort, IReadOnlyList<CohortApplication> changed, CancellationToken cancellationToken)
    {
        var ids = changed.Select(a => a.UserId).ToList();
        var users = await directory.FindManyAsync(ids, cancellationToken);
        foreach (var application in changed)
        {
            if (!users.TryGetValue(application.UserId, out var user) || user.Email is not { Length: > 0 } address)
            {
                continue;
            }

            var template = application.Status switch
            {
                ApplicationStatus.Accepted => "cohort-accepted",
                ApplicationStatus.Waitlisted => "cohort-waitlisted",
                _ => "cohort-rejected",
            };
            await email.EnqueueTemplateAsync(address, template, user.Culture, new
            {
                user.DisplayName,
                CohortName = cohort.Name,
                StartsOn = cohort.StartsOn.ToString(user.Culture == "en" ? "d MMMM yyyy" : "d 'de' MMMM 'de' yyyy", System.Globalization.CultureInfo.GetCultureInfo(user.Culture == "en" ? "en-GB" : "es")),
                // Admitted or waiting: her journey holds the sessions and the calendar; not admitted: the other journeys.
                Link = urls.Absolute(application.Status == ApplicationStatus.Rejected ? "/cohorts" : "/my/journey"),
            }, EmailAbout.Cohort(cohort.Id), cancellationToken);
        }
    }
}
