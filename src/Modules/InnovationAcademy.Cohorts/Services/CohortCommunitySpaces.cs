using System.Globalization;
using System.Security.Claims;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Community.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// Each cohort's community space at <c>/cohorts/{slug}/community</c>: its accepted participants are members for good
/// (alumni keep writing after the cohort ends); facilitators and cohort managers moderate.
/// </summary>
internal sealed class CohortCommunitySpaces(AcademyDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<CohortCommunitySpaces> T)
    : ICommunitySpaceProvider
{
    public string Kind => "cohorts";

    public async Task<CommunitySpace?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var cohort = await db.Set<Cohort>().AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Name, c.EndsOn }).FirstOrDefaultAsync(cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var ended = cohort.EndsOn < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new CommunitySpace(
            KeyOf(cohort.Id),
            cohort.Name,
            $"/cohorts/{cohort.Slug}",
            $"/cohorts/{cohort.Slug}/community",
            ended
                ? T["The cohort has ended; this space stays open to its participants, to keep supporting each other."].Value
                : T["A space for the cohort's participants and facilitators to ask, share and help each other."].Value,
            T["This space is for the cohort's participants and facilitators. Once your sign-up is accepted, you will find it here."].Value);
    }

    public async Task<CommunityAccess> AccessAsync(CommunitySpace space, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await authorization.AuthorizeAsync(user, Permissions.ModerateCommunity))
        {
            return CommunityAccess.Moderator;
        }

        var cohortId = int.Parse(space.Key.AsSpan("cohort:".Length), CultureInfo.InvariantCulture);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && await db.Set<CohortApplication>()
                .AnyAsync(a => a.CohortId == cohortId && a.UserId == userId && a.Status == ApplicationStatus.Accepted, cancellationToken)
            ? CommunityAccess.Member
            : CommunityAccess.None;
    }

    private static string KeyOf(int cohortId) => "cohort:" + cohortId.ToString(CultureInfo.InvariantCulture);
}
