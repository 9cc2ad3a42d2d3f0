using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Home.Controllers;

/// <summary>The pages behind 403, 404, 429 and 500 (the host re-executes here with the status kept).</summary>
internal sealed class StatusController : Controller
{
    /// <remarks>
    /// No parameters: binding one would read the original request's form again, and a form that failed for being too
    /// large would fail here too.
    /// </remarks>
    [Route("/status/{code:int}", Name = "Home.Status.Index")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 404;
        var status = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = status;
        return View(status);
    }
}
