using System.Linq.Expressions;
using InnovationAcademy.Core.Localization;
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

/// <summary>The audit trail as a page: searched by words, filtered by part of the platform and by days.</summary>
internal sealed record AuditTrailViewModel(Page<AuditEntry> Entries, string? Query, string? Area, DateOnly? From, DateOnly? To)
{
    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || Area is not null || From is not null || To is not null;

    public string PageLink(int page) =>
        "/admin/audit?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query))
        + (Area is null ? "" : "&area=" + Area)
        + (From is { } f ? "&from=" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")
        + (To is { } t ? "&to=" + t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
}

[Admin]
[Route("admin/audit")]
internal sealed class AdminAuditController(AcademyDbContext db, IStringLocalizer<AdminAuditController> T) : Controller
{
    private const int PageSize = 50;

    /// <summary>The parts of the platform an administrator filters by, each with the prefixes of its actions ("enrollment.imported").</summary>
    public static readonly IReadOnlyList<(string Area, string Label, string[] Prefixes)> Areas =
    [
        ("courses", "Courses and quizzes", ["course", "quiz", "media"]),
        ("enrolments", "Enrolments and questions", ["enrollment", "enquiry"]),
        ("assignments", "Final assignments", ["assignment"]),
        ("certificates", "Certificates", ["certificate", "certificates"]),
        ("cohorts", "Cohorts and communities", ["cohort", "community"]),
        ("talent", "Talent directory", ["talent"]),
        ("people", "People and roles", ["user", "role"]),
        ("site", "Site settings, features and recipes", ["settings", "feature", "recipe"]),
    ];

    [HttpGet("", Name = "Admin.AdminAudit.Index")]
    [RequirePermission(nameof(Permissions.ViewAuditLog))]
    public async Task<IActionResult> Index(string? q, string? area, DateOnly? from, DateOnly? to, int? page)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (Areas.FirstOrDefault(a => a.Area == area) is { Prefixes: { } prefixes })
        {
            query = query.Where(StartsWithAny(prefixes.Select(p => p + ".")));
        }

        // Days as the reader lives them: from the start of "from" to the end of "to", in their zone.
        var reader = ReaderTime.Of(HttpContext);
        if (from is { } first)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(first.ToDateTime(TimeOnly.MinValue), reader.Zone);
            query = query.Where(e => e.CreatedUtc >= start);
        }

        if (to is { } last)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue), reader.Zone);
            query = query.Where(e => e.CreatedUtc < end);
        }

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
        return View(new AuditTrailViewModel(new Page<AuditEntry>(items, pageNumber, PageSize, total), q, Areas.Any(a => a.Area == area) ? area : null, from, to));
    }

    private static Expression<Func<AuditEntry, bool>> StartsWithAny(IEnumerable<string> prefixes)
    {
        var entry = Expression.Parameter(typeof(AuditEntry), "e");
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var body = prefixes
            .Select(p => (Expression)Expression.Call(Expression.Property(entry, nameof(AuditEntry.Action)), startsWith, Expression.Constant(p)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<AuditEntry, bool>>(body, entry);
    }
}
