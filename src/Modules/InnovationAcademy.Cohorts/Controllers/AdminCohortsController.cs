using InnovationAcademy.Core.Text;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>Cohorts for administrators: the list, and each cohort's sign-ups with their intake to admit, wait-list or reject, one or many at once.</summary>
[Admin]
[Route("admin/cohorts")]
internal sealed class AdminCohortsController(
    IAuthorizationService authorization,
    AcademyDbContext db,
    IUserDirectory users,
    CohortCatalog catalog,
    CohortAdmission admission,
    CohortGraduation graduation,
    IUndeliveredEmails undelivered,
    IStringLocalizer<AdminCohortsController> T) : Controller
{
    [HttpGet("", Name = "Cohorts.AdminCohorts.Index")]
    [RequirePermission(nameof(Permissions.MarkAttendance))]
    public async Task<IActionResult> Index()
    {
        // Facilitators see the list to reach their sessions; reports are for those who manage cohorts.
        ViewData["CanReport"] = await authorization.AuthorizeAsync(User, Permissions.ManageCohorts);
        return View(await catalog.OverviewAsync(HttpContext.RequestAborted));
    }

    /// <summary>Administrators see the sign-ups; facilitators, who only mark attendance, see the sessions.</summary>
    [HttpGet("{slug}", Name = "Cohorts.AdminCohorts.Cohort")]
    [RequirePermission(nameof(Permissions.MarkAttendance))]
    public async Task<IActionResult> Cohort(string slug, ApplicationStatus? status, string? q, int page = 1)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        return await authorization.AuthorizeAsync(User, Permissions.ManageCohorts)
            ? View(await ApplicationsAsync(cohort, status, q?.Trim(), page))
            : View("Sessions", cohort);
    }

    /// <summary>One decision for every ticked sign-up; accepting stops at the capacity and wait-lists the rest.</summary>
    [HttpPost("{slug}/applications", Name = "Cohorts.AdminCohorts.Decide")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Decide(string slug, AdmissionDecision? decision, List<int> selected, ApplicationStatus? status, string? q, int page = 1)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (decision is null || !Enum.IsDefined(decision.Value) || selected.Count == 0)
        {
            TempData["Message"] = T["Tick at least one sign-up and choose what to do with them."].Value;
            return Redirect(CohortApplicationsViewModel.LinkFor(slug, status, q, page));
        }

        var outcome = await admission.DecideAsync(cohort, selected, decision.Value, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Message"] = AdmissionMessage.Describe(outcome, T);
        return Redirect(CohortApplicationsViewModel.LinkFor(slug, status, q, page));
    }

    /// <summary>Who graduates by the cohort's rule, computed from attendance, with their certificates.</summary>
    [HttpGet("{slug}/graduates", Name = "Cohorts.AdminCohorts.Graduates")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Graduates(string slug)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound()
            : View(new GraduatesViewModel(cohort, await graduation.RuleAsync(cohort, HttpContext.RequestAborted), await graduation.ComputeAsync(cohort, cancellationToken: HttpContext.RequestAborted)));
    }

    [HttpPost("{slug}/graduates/certify", Name = "Cohorts.AdminCohorts.Certify")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Certify(string slug)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        TempData["Message"] = cohort.CertificateHours <= 0
            ? T["This cohort grants no certificate (its certificate hours are 0)."].Value
            : T["{0} certificates issued to graduates who had none.", await graduation.CertifyAsync(cohort, User.Identity!.Name!, HttpContext.RequestAborted)].Value;
        return RedirectToRoute("Cohorts.AdminCohorts.Graduates", new { slug });
    }

    /// <summary>A page of sign-ups, oldest first, filtered by status and by a name or e-mail search, with the cohort's counts.</summary>
    private async Task<CohortApplicationsViewModel> ApplicationsAsync(Cohort cohort, ApplicationStatus? status, string? search, int page)
    {
        var all = db.Set<CohortApplication>().AsNoTracking().Where(a => a.CohortId == cohort.Id);
        // A cohort has hundreds of sign-ups, not millions: they are read whole and matched with their people here.
        var applications = await all.Where(a => status == null || a.Status == status)
            .OrderBy(a => a.SignedUpUtc).ThenBy(a => a.Id).ToListAsync(HttpContext.RequestAborted);
        var people = await users.FindManyAsync(applications.Select(a => a.UserId), HttpContext.RequestAborted);
        var filtered = applications.Where(a => people.ContainsKey(a.UserId))
            .Select(a => (application: a, people[a.UserId].DisplayName, people[a.UserId].Email));
        if (!string.IsNullOrEmpty(search))
        {
            var term = TextFolding.Fold(search.Trim());
            filtered = filtered.Where(r => TextFolding.Fold(r.DisplayName).Contains(term, StringComparison.Ordinal) || TextFolding.Fold(r.Email).Contains(term, StringComparison.Ordinal));
        }

        var matching = filtered.ToList();
        var total = matching.Count;
        var pageCount = Math.Max(1, (total + CohortApplicationsViewModel.PageSize - 1) / CohortApplicationsViewModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = matching.Skip((page - 1) * CohortApplicationsViewModel.PageSize).Take(CohortApplicationsViewModel.PageSize).ToList();
        var byStatus = await all.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        var byReadiness = await all.GroupBy(a => a.Readiness).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        return new CohortApplicationsViewModel
        {
            Cohort = cohort,
            Undelivered = await undelivered.ListAsync(EmailAbout.Cohort(cohort.Id), 20, HttpContext.RequestAborted),
            Rows = [.. rows.Select(r => (r.application, r.DisplayName, r.Email))],
            ByStatus = byStatus,
            ByReadiness = byReadiness,
            Status = status,
            Search = search,
            Total = total,
            PageNumber = page,
            PageCount = pageCount,
        };
    }
}
