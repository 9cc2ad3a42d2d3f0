using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Admin.Controllers;

[Admin]
[Route("admin/audit")]
internal sealed class AdminAuditController(AcademyDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("", Name = "Admin.AdminAudit.Index")]
    [RequirePermission(nameof(Permissions.ViewAuditLog))]
    public async Task<IActionResult> Index(string? q, int? page)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = TextFolding.Fold(q.Trim());
            query = query.Where(e => FoldedText.Fold(e.Action).Contains(term) || FoldedText.Fold(e.Subject).Contains(term) || FoldedText.Fold(e.ActorName).Contains(term));
        }

        var total = await query.CountAsync();
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await query.OrderByDescending(e => e.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        ViewData["Query"] = q;
        return View(new Page<AuditEntry>(items, pageNumber, PageSize, total));
    }
}
