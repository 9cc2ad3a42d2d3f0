using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>Every learning journey: those open for sign-up first, then those under way, then those that ended.</summary>
internal sealed class CohortsController(CohortListing listing, TimeProvider clock) : Controller
{
    [HttpGet("/cohorts", Name = "Cohorts.Cohorts.Index")]
    public async Task<IActionResult> Index()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cards = await listing.CardsAsync(now, HttpContext.RequestAborted);
        return View(new CohortListViewModel
        {
            NowUtc = now,
            Open = [.. cards.Where(c => c.OpenOn(now)).OrderBy(c => c.StartsOn)],
            Current = [.. cards.Where(c => !c.OpenOn(now) && !c.EndedOn(now))],
            Ended = [.. cards.Where(c => !c.OpenOn(now) && c.EndedOn(now))],
        });
    }
}
