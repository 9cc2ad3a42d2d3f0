using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Export;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>A cohort's results, cohorts side by side, and both as CSV; the same figures as <c>/api/cohorts/{slug}/report</c>.</summary>
[Admin]
[Route("admin/cohorts")]
internal sealed class AdminCohortReportsController(
    CohortCatalog catalog,
    CohortReports reports,
    IStringLocalizer<AdminCohortReportsController> T) : Controller
{
    /// <summary>At most this many cohorts side by side: more columns no longer fit a phone or a printed page.</summary>
    private const int MaxCompared = 6;

    [HttpGet("{slug}/report", Name = "Cohorts.AdminCohortReports.Report")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Report(string slug)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound() : View(await reports.ReportAsync(cohort, HttpContext.RequestAborted));
    }

    [HttpGet("{slug}/report.csv", Name = "Cohorts.AdminCohortReports.ReportCsv")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> ReportCsv(string slug, string? format)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        CohortReport[] one = [await reports.ReportAsync(cohort, HttpContext.RequestAborted)];
        return format == "xlsx"
            ? File(await CohortReportTable.Workbook(one, key => T[key].Value).ToBytesAsync(HttpContext.RequestAborted), Spreadsheet.MediaType, $"cohort-{slug}-report.xlsx")
            : File(CohortReportTable.Csv(one), "text/csv; charset=utf-8", $"cohort-{slug}-report.csv");
    }

    /// <summary><c>?cohorts=a,b</c> sets the named cohorts side by side, in the order given; without it, a form to choose them.</summary>
    [HttpGet("compare", Name = "Cohorts.AdminCohortReports.Compare")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Compare(string[]? cohorts)
    {
        var (found, error) = await ReportsAsync(cohorts);
        return View(new CohortComparisonViewModel
        {
            Available = [.. (await catalog.OverviewAsync(HttpContext.RequestAborted)).Select(o => o.Cohort)],
            Selected = found.Select(r => r.Slug).ToList(),
            Reports = found,
            Error = error,
        });
    }

    [HttpGet("compare.csv", Name = "Cohorts.AdminCohortReports.CompareCsv")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> CompareCsv(string[]? cohorts, string? format)
    {
        var (found, error) = await ReportsAsync(cohorts);
        if (error is not null || found.Count == 0)
        {
            return BadRequest(error ?? T["Choose at least one cohort."].Value);
        }

        var name = $"cohorts-{string.Join('-', found.Select(r => r.Slug))}";
        return format == "xlsx"
            ? File(await CohortReportTable.Workbook(found, key => T[key].Value).ToBytesAsync(HttpContext.RequestAborted), Spreadsheet.MediaType, name + ".xlsx")
            : File(CohortReportTable.Csv(found), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>The link's <c>cohorts=a,b</c> and the form's ticked boxes (<c>cohorts=a&amp;cohorts=b</c>) alike.</summary>
    private async Task<(IReadOnlyList<CohortReport> Reports, string? Error)> ReportsAsync(string[]? lists)
    {
        var slugs = (lists ?? []).SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count > MaxCompared)
        {
            return ([], T["Compare at most {0} cohorts at a time.", MaxCompared].Value);
        }

        var found = new List<CohortReport>();
        foreach (var slug in slugs)
        {
            var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
            if (cohort is null)
            {
                return ([], T["There is no cohort '{0}'.", slug].Value);
            }

            found.Add(await reports.ReportAsync(cohort, HttpContext.RequestAborted));
        }

        return (found, null);
    }
}
