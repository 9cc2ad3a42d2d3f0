using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Home.Controllers;

internal sealed class HomeController(IEnumerable<IHomeSection> sections, IEnabledExtensions enabled) : Controller
{
    /// <summary>
    /// The enabled modules' blocks: courses to start, cohorts open for sign-up, the talent directory, and for a
    /// signed-in person where they left off, their next live sessions and deadlines. Visitors get it from the cache.
    /// </summary>
    [HttpGet("/", Name = "Home.Home.Index")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [HomePage.CacheTag])]
    public async Task<IActionResult> Index()
    {
        var blocks = new List<HomeBlock>();
        foreach (var section in await enabled.FilterAsync(sections, HttpContext.RequestAborted))
        {
            if (await section.BuildAsync(User, HttpContext.RequestAborted) is { } block)
            {
                blocks.Add(block);
            }
        }

        return View(blocks.OrderBy(b => b.Position).ToList());
    }

    /// <summary>The language switcher: a plain link, so it works without JavaScript and pages stay cacheable.</summary>
    [HttpGet("/culture", Name = "Home.Home.SetCulture")]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            CultureCookie.Set(Response, culture);
        }

        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
