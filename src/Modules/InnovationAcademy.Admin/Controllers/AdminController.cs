using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Admin.Controllers;

internal sealed record DashboardViewModel(IReadOnlyList<WaitingWork> Waiting, IReadOnlyList<MenuItem> Sections, IReadOnlyList<AuditEntry> RecentActivity);

[Admin]
internal sealed class AdminController(
    IAuthorizationService authorization,
    INavigationManager navigation,
    IEnumerable<IWaitingWorkProvider> waitingWork,
    IEnabledExtensions enabled,
    AcademyDbContext db) : Controller
{
    /// <summary>What waits for this person (by their permissions, from every enabled module) first; then the sections and the latest activity.</summary>
    [HttpGet("admin", Name = "Admin.Admin.Index")]
    [RequirePermission(nameof(Permissions.AccessAdminPanel))]
    public async Task<IActionResult> Index()
    {
        var waiting = new List<WaitingWork>();
        foreach (var provider in await enabled.FilterAsync(waitingWork, HttpContext.RequestAborted))
        {
            waiting.AddRange(await provider.GetAsync(User, HttpContext.RequestAborted));
        }

        var sections = (await navigation.BuildMenuAsync(MenuNames.Admin, User)).Where(i => i.Url != "/admin").ToList();
        var recent = await authorization.AuthorizeAsync(User, Permissions.ViewAuditLog)
            ? await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id).Take(5).ToListAsync()
            : [];
        return View(new DashboardViewModel([.. waiting.OrderBy(w => w.Position).ThenByDescending(w => w.Count)], sections, recent));
    }
}
