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
    /// <summary>What is wrong with the filters, said above the results.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

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
        var problems = new List<string>();
        foreach (var (field, label) in new[] { ("from", "From day"), ("to", "To day") })
        {
            if (ModelState[field] is { Errors.Count: > 0 })
            {
                problems.Add(T["“{0}” is not a date: write it as the calendar gives it.", T[label]].Value);
            }
        }

        if (from is { } first && to is { } last && first > last)
        {
            problems.Add(T["“From day” is after “To day”: no day lies between them."].Value);
        }

        if (from is { } day1 && StartOf(day1, reader.Zone) is { } start)
        {
            query = query.Where(e => e.CreatedUtc >= start);
        }

        if (to is { } day2 && day2 < DateOnly.MaxValue && StartOf(day2.AddDays(1), reader.Zone) is { } end)
        {
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
        return View(new AuditTrailViewModel(new Page<AuditEntry>(items, pageNumber, PageSize, total), q, Areas.Any(a => a.Area == area) ? area : null, from, to) { Problems = problems });
    }

    /// <summary>The instant a day begins in a zone; a day whose midnight does not exist (clocks jump at 00:00) begins when the clocks land.</summary>
    private static DateTime? StartOf(DateOnly day, TimeZoneInfo zone)
    {
        if (day.Year is < 2 or > 9998)
        {
            return null;
        }

        var local = day.ToDateTime(TimeOnly.MinValue);
        for (var i = 0; i < 8 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
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
