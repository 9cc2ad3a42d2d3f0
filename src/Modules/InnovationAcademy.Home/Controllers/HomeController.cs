using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Home.Controllers;

internal sealed class HomeController : Controller
{
    [HttpGet("/", Name = "Home.Home.Index")]
    public IActionResult Index() => View();

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
