using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>Creating and editing cohorts and their live sessions without a recipe; errors are shown at the field and nothing is half-saved.</summary>
[Admin]
[Route("admin/cohorts")]
internal sealed class AdminCohortEditorController(
    IAuthorizationService authorization,
    AcademyDbContext db,
    CohortCatalog catalog,
    CohortEditor editor,
    IStringLocalizer<AdminCohortEditorController> T) : Controller
{
    [HttpGet("new", Name = "Cohorts.AdminCohortEditor.Create")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Create()
    {
        var programmes = await ProgrammesAsync();
        return View("Cohort", await CohortPageAsync(null, new CohortForm { ProgrammeId = programmes.Count > 0 ? programmes[0].Id : null }));
    }

    [HttpPost("new", Name = "Cohorts.AdminCohortEditor.Create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(CohortForm form) => SaveCohortAsync(null, form);

    [HttpGet("{slug}/edit", Name = "Cohorts.AdminCohortEditor.Edit")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> Edit(string slug)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound() : View("Cohort", await CohortPageAsync(cohort, CohortForm.From(cohort)));
    }

    [HttpPost("{slug}/edit", Name = "Cohorts.AdminCohortEditor.Edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string slug, CohortForm form)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound() : await SaveCohortAsync(cohort, form);
    }

    [HttpGet("{slug}/sessions/new", Name = "Cohorts.AdminCohortEditor.AddSession")]
    public Task<IActionResult> AddSession(string slug) => SessionPageAsync(slug, null);

    [HttpPost("{slug}/sessions/new", Name = "Cohorts.AdminCohortEditor.AddSession")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> AddSession(string slug, SessionForm form) => SaveSessionAsync(slug, null, form);

    [HttpGet("{slug}/sessions/{sessionId:int}/edit", Name = "Cohorts.AdminCohortEditor.EditSession")]
    public Task<IActionResult> EditSession(string slug, int sessionId) => SessionPageAsync(slug, sessionId);

    [HttpPost("{slug}/sessions/{sessionId:int}/edit", Name = "Cohorts.AdminCohortEditor.EditSession")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> EditSession(string slug, int sessionId, SessionForm form) => SaveSessionAsync(slug, sessionId, form);

    /// <summary>Asks first, saying how many attendance marks go with the session.</summary>
    [HttpGet("{slug}/sessions/{sessionId:int}/delete", Name = "Cohorts.AdminCohortEditor.DeleteSession")]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> DeleteSession(string slug, int sessionId)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        var session = cohort?.Sessions.FirstOrDefault(s => s.Id == sessionId);
        return cohort is null || session is null ? NotFound()
            : View(new DeleteSessionViewModel(cohort, session, await editor.AttendanceMarksAsync(sessionId, HttpContext.RequestAborted)));
    }

    [HttpPost("{slug}/sessions/{sessionId:int}/delete", Name = "Cohorts.AdminCohortEditor.ConfirmDeleteSession")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageCohorts))]
    public async Task<IActionResult> ConfirmDeleteSession(string slug, int sessionId)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null || cohort.Sessions.All(s => s.Id != sessionId))
        {
            return NotFound();
        }

        await editor.DeleteSessionAsync(cohort, sessionId, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Message"] = T["The session was deleted."].Value;
        return RedirectToRoute("Cohorts.AdminCohorts.Cohort", new { slug });
    }

    private async Task<IActionResult> SaveCohortAsync(Cohort? cohort, CohortForm form)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageCohorts))
        {
            return this.Denied();
        }

        // A value that could not be read ("abc", "1.234,5") is already named at its field: saving would store 0 instead.
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Cohort", await CohortPageAsync(cohort, form));
        }

        var (saved, problems) = await editor.SaveAsync(cohort?.Id, form, User.Identity!.Name!, HttpContext.RequestAborted);
        if (saved is null)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.Field, T[problem.Problem]);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Cohort", await CohortPageAsync(cohort, form));
        }

        TempData["Message"] = (cohort is null ? T["The cohort was created. Add its sessions next."] : T["The cohort was saved."]).Value;
        return RedirectToRoute("Cohorts.AdminCohorts.Cohort", new { slug = saved.Slug });
    }

    private async Task<IActionResult> SessionPageAsync(string slug, int? sessionId)
    {
        var (cohort, session, refusal) = await FindSessionAsync(slug, sessionId);
        if (refusal is not null)
        {
            return refusal;
        }

        var form = session is null ? new SessionForm { Starts = new TimeOnly(19, 0), Ends = new TimeOnly(21, 0) } : await FormOfAsync(cohort, session);
        return View("Session", await SessionModelAsync(cohort, session, form));
    }

    private async Task<IActionResult> SaveSessionAsync(string slug, int? sessionId, SessionForm form)
    {
        var (cohort, session, refusal) = await FindSessionAsync(slug, sessionId);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = await editor.SaveSessionAsync(cohort, sessionId, form, User.Identity!.Name!, HttpContext.RequestAborted);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.Field, T[problem.Problem]);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Session", await SessionModelAsync(cohort, session, form));
        }

        TempData["Message"] = T["The session was saved."].Value;
        return RedirectToRoute("Cohorts.AdminCohorts.Cohort", new { slug });
    }

    /// <summary>The cohort and (when an id is given) its session, or the answer to give instead: 403 or 404.</summary>
    private async Task<(Cohort Cohort, CohortSession? Session, IActionResult? Refusal)> FindSessionAsync(string slug, int? sessionId)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageCohorts))
        {
            return (null!, null, this.Denied());
        }

        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        var session = sessionId is null ? null : cohort?.Sessions.FirstOrDefault(s => s.Id == sessionId);
        return cohort is null || (sessionId is not null && session is null) ? (null!, null, NotFound()) : (cohort, session, null);
    }

    private async Task<SessionForm> FormOfAsync(Cohort cohort, CohortSession session)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZoneId);
        var starts = TimeZoneInfo.ConvertTimeFromUtc(session.StartsUtc, zone);
        var ends = TimeZoneInfo.ConvertTimeFromUtc(session.EndsUtc, zone);
        var materials = await db.Set<SessionMaterial>().AsNoTracking().Where(m => m.SessionId == session.Id).ToListAsync(HttpContext.RequestAborted);
        return new SessionForm
        {
            Title = session.Title,
            Kind = session.Kind,
            Day = DateOnly.FromDateTime(starts),
            Starts = TimeOnly.FromDateTime(starts),
            Ends = TimeOnly.FromDateTime(ends),
            OnlineUrl = session.OnlineUrl,
            Place = session.Place,
            HostPartnerId = session.HostPartnerId,
            Facilitator = session.Facilitator,
            Materials = CohortEditor.MaterialsText(materials),
        };
    }

    private async Task<SessionEditorViewModel> SessionModelAsync(Cohort cohort, CohortSession? session, SessionForm form) => new()
    {
        Cohort = cohort,
        Session = session,
        Form = form,
        Partners = await db.Set<PartnerOrganisation>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(HttpContext.RequestAborted),
    };

    private async Task<CohortEditorViewModel> CohortPageAsync(Cohort? cohort, CohortForm form) => new()
    {
        Cohort = cohort,
        Form = form,
        Programmes = await ProgrammesAsync(),
        TimeZones = TimeZoneChoices.For(form.TimeZoneId),
    };

    private Task<List<Programme>> ProgrammesAsync() =>
        db.Set<Programme>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(HttpContext.RequestAborted);
}
