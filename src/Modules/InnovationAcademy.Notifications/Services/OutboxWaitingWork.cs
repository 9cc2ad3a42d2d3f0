using System.Security.Claims;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Notifications.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Notifications.Services;

/// <summary>On the admin dashboard: e-mails that could not be sent (retrying, or given up).</summary>
internal sealed class OutboxWaitingWork(AcademyDbContext db, IAuthorizationService authorization, IStringLocalizer<OutboxWaitingWork> T) : IWaitingWorkProvider
{
    public async Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(user, Permissions.ViewOutbox))
        {
            return [];
        }

        var failing = await db.Set<OutboxMessage>().CountAsync(m => m.SentUtc == null && m.Attempts > 0, cancellationToken);
        return failing == 0 ? [] : [new WaitingWork(T.Plural(failing, "1 e-mail could not be sent", "{0} e-mails could not be sent"), failing, "/admin/outbox", 60)];
    }
}
