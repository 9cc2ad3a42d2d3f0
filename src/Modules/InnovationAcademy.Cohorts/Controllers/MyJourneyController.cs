using InnovationAcademy.Core.Users;
using System.Security.Claims;
using System.Text;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>A participant's journey: their cohorts, the sessions to come in their own time zone, and their private calendar address.</summary>
internal sealed class MyJourneyController(AcademyDbContext db, CohortCalendars calendars, CohortGraduation graduation) : Controller
{
    [Authorize]
    [HttpGet("/my/journey", Name = "Cohorts.MyJourney.Index")]
    public async Task<IActionResult> Index()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var applications = await db.Set<CohortApplication>().AsNoTracking()
            .Include(a => a.Cohort).ThenInclude(c => c.Sessions.OrderBy(s => s.StartsUtc)).ThenInclude(s => s.HostPartner)
            .Include(a => a.Cohort).ThenInclude(c => c.Sessions).ThenInclude(s => s.Materials.OrderBy(m => m.Position))
            .Where(a => a.UserId == userId).OrderByDescending(a => a.SignedUpUtc).AsSplitQuery().ToListAsync(HttpContext.RequestAborted);
        var now = DateTime.UtcNow;
        var progress = new Dictionary<int, (GraduationRule, GraduationRow?)>();
        foreach (var application in applications.Where(a => a.Status == ApplicationStatus.Accepted))
        {
            var standing = await graduation.ComputeAsync(application.Cohort, userId, HttpContext.RequestAborted);
            progress[application.Id] = (await graduation.RuleAsync(application.Cohort, HttpContext.RequestAborted), standing.Count > 0 ? standing[0] : null);
        }

        return View(new JourneyViewModel { Applications = applications, Zone = UserClaims.TimeZoneOf(User), NowUtc = now, Progress = progress });
    }

    /// <summary>The private feed: the secret in the address is the only key, so calendar apps need no sign-in.
    /// Its address is a secret, so no browser or proxy may keep a copy.</summary>
    [HttpGet("/my/journey/calendar/{token}.ics", Name = "Cohorts.MyJourney.Calendar")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Calendar(string token) =>
        await calendars.PrivateAsync(token, HttpContext.RequestAborted) is { } feed
            ? File(Encoding.UTF8.GetBytes(feed.Ics), CohortCalendars.MediaType, feed.CohortSlug + ".ics")
            : NotFound();
}
