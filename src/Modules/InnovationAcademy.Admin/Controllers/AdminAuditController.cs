using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Admin.Controllers;

[Admin]
[Route("admin/audit")]
internal sealed class AdminAuditController(AcademyDbContext db, IStringLocalizer<AdminAuditController> T) : Controller
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

            // The actions as the page names them ("Certificado emitido") find their entries too.
            // So do the platform's parts and the details' sentences as the page words them ("Recetas", "desde una receta").
            var translated = T.GetAllStrings().Where(s => TextFolding.Fold(s.Value).Contains(term, StringComparison.Ordinal)).Select(s => s.Name).ToList();
            var named = translated.Where(n => n.StartsWith("audit:", StringComparison.Ordinal)).Select(n => n["audit:".Length..]).ToList();
            var parts = translated.Where(n => !n.StartsWith("audit:", StringComparison.Ordinal)).ToList();
            query = query.Where(e => FoldedText.Fold(e.Action).Contains(term) || named.Contains(e.Action) || FoldedText.Fold(e.Subject).Contains(term)
                || (e.SubjectIsPlatformName && parts.Contains(e.Subject)) || (e.DetailsTemplate != null && parts.Contains(e.DetailsTemplate))
                || FoldedText.Fold(e.ActorName).Contains(term) || FoldedText.Fold(e.Details).Contains(term));
        }

        var total = await query.CountAsync();
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await query.OrderByDescending(e => e.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        ViewData["Query"] = q;
        return View(new Page<AuditEntry>(items, pageNumber, PageSize, total));
    }
}
