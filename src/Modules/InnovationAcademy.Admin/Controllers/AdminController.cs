using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Admin.Controllers;

internal sealed record DashboardViewModel(IReadOnlyList<MenuItem> Sections, IReadOnlyList<AuditEntry> RecentActivity);

[Admin]
internal sealed class AdminController(IAuthorizationService authorization, INavigationManager navigation, AcademyDbContext db) : Controller
{
    [HttpGet("admin", Name = "Admin.Admin.Index")]
    [RequirePermission(nameof(Permissions.AccessAdminPanel))]
    public async Task<IActionResult> Index()
    {
        var sections = (await navigation.BuildMenuAsync(MenuNames.Admin, User)).Where(i => i.Url != "/admin").ToList();
        var recent = await authorization.AuthorizeAsync(User, Permissions.ViewAuditLog)
            ? await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id).Take(10).ToListAsync()
            : [];
        return View(new DashboardViewModel(sections, recent));
    }
}
