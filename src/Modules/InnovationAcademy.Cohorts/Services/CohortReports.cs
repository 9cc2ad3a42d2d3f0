using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>A count under a name: sign-ups of one channel, participants at one readiness level.</summary>
internal sealed record NamedCount(string Name, int Count);

/// <summary>A cohort's results, every figure computed from the records.</summary>
internal sealed record CohortReport(
    string Slug,
    string Name,
    string Programme,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int SignUps,
    int Accepted,
    int Graduates,
    int SessionsHeld,
    int PartnerOrganisations,
    int GenderAnswers,
    int Women,
    int TalentEntries,
    int TalentEntriesFromCohort,
    IReadOnlyList<NamedCount> Channels,
    IReadOnlyList<NamedCount> Readiness)
{
    /// <summary>Graduates as a share of accepted participants, in percent with one decimal; null before anyone is accepted.</summary>
    public decimal? GraduationRate => Accepted == 0 ? null : Math.Round(100m * Graduates / Accepted, 1);

    /// <summary>Women among those who answered the gender question (not "prefer not to say"), in percent; null without answers.</summary>
    public decimal? WomenPercent => GenderAnswers == 0 ? null : Math.Round(100m * Women / GenderAnswers, 1);
}

/// <summary>
/// Counts what the talent directory holds for a set of people. The directory module provides it; without that
/// module a cohort report says 0.
/// </summary>
public interface ITalentEntryCounter
{
    Task<int> CountAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}

/// <summary>
/// Cohort reports and comparisons. Each figure is one aggregate query over the records (no figure is stored), so a
/// report is as current as the last sign-up, decision or attendance mark.
/// </summary>
internal sealed class CohortReports(AcademyDbContext db, CohortGraduation graduation, IEnumerable<ITalentEntryCounter> talent, IEnabledExtensions enabled)
{
    public async Task<CohortReport> ReportAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var applications = db.Set<CohortApplication>().AsNoTracking().Where(a => a.CohortId == cohort.Id);
        var statuses = await applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var channels = await applications.GroupBy(a => a.Channel).Select(g => new NamedCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var readiness = await applications.GroupBy(a => a.Readiness).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var genders = await db.Set<ApplicantDemographics>().AsNoTracking()
            .Where(d => applications.Any(a => a.Id == d.ApplicationId))
            .GroupBy(d => d.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await graduation.ComputeAsync(cohort, cancellationToken: cancellationToken);
        var held = rows.Count > 0 ? rows[0].Held : await graduation.SessionsHeldAsync(cohort, cancellationToken);

        // The directory grows with the programme: its figure is every entry by the participants of this cohort and of
        // the programme's earlier ones; the part due to this cohort's own participants is given beside it.
        int talentEntries = 0, talentFromCohort = 0;
        var counters = await enabled.FilterAsync(talent, cancellationToken);
        if (counters.Count > 0)
        {
            var people = await applications.Select(a => a.UserId).ToListAsync(cancellationToken);
            var toDate = await db.Set<CohortApplication>().AsNoTracking()
                .Where(a => a.Cohort.ProgrammeId == cohort.ProgrammeId && a.Cohort.StartsOn <= cohort.StartsOn)
                .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
            foreach (var counter in counters)
            {
                talentFromCohort += await counter.CountAsync(people, cancellationToken);
                talentEntries += await counter.CountAsync(toDate, cancellationToken);
            }
        }

        return new CohortReport(
            cohort.Slug,
            cohort.Name,
            cohort.Programme?.Name ?? "",
            cohort.StartsOn,
            cohort.EndsOn,
            SignUps: statuses.Sum(s => s.Count),
            Accepted: statuses.Where(s => s.Key == ApplicationStatus.Accepted).Sum(s => s.Count),
            Graduates: rows.Count(r => r.Graduates),
            SessionsHeld: held,
            PartnerOrganisations: await PartnersInvolvedAsync(cohort.Id, cancellationToken),
            GenderAnswers: genders.Where(g => g.Key is "woman" or "man" or "non-binary").Sum(g => g.Count),
            Women: genders.Where(g => g.Key == "woman").Sum(g => g.Count),
            TalentEntries: talentEntries,
            TalentEntriesFromCohort: talentFromCohort,
            Channels: [.. channels.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)],
            Readiness: [.. Enum.GetValues<ReadinessLevel>().Select(level => new NamedCount(level.ToString(), readiness.Where(r => r.Key == level).Sum(r => r.Count)))]);
    }

    /// <summary>Organisations linked to the cohort, hosting one of its sessions, or owning one of its referral codes.</summary>
    private async Task<int> PartnersInvolvedAsync(int cohortId, CancellationToken cancellationToken)
    {
        var linked = db.Set<Cohort>().Where(c => c.Id == cohortId).SelectMany(c => c.Partners).Select(p => p.Id);
        var hosts = db.Set<CohortSession>().Where(s => s.CohortId == cohortId && s.HostPartnerId != null).Select(s => s.HostPartnerId!.Value);
        var referrers = db.Set<ReferralCode>().Where(r => r.CohortId == cohortId && r.PartnerId != null).Select(r => r.PartnerId!.Value);
        return await linked.Union(hosts).Union(referrers).CountAsync(cancellationToken);
    }
}
