using System.Security.Claims;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>On the admin dashboard: talent profiles waiting for a moderator.</summary>
internal sealed class TalentWaitingWork(AcademyDbContext db, IAuthorizationService authorization, IStringLocalizer<TalentWaitingWork> T) : IWaitingWorkProvider
{
    public async Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(user, Permissions.ManageTalentDirectory))
        {
            return [];
        }

        var pending = await db.Set<TalentProfile>().CountAsync(p => p.Status == TalentProfileStatus.Pending && !p.Hidden, cancellationToken);
        return pending == 0 ? [] : [new WaitingWork(T.Plural(pending, "1 talent profile to review", "{0} talent profiles to review"), pending, "/admin/talent", 50)];
    }
}
