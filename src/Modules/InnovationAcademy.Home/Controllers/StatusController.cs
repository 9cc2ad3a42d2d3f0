using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Home.Controllers;

/// <summary>The pages behind 403, 404, 429 and 500 (the host re-executes here with the status kept).</summary>
public sealed class StatusController : Controller
{
    [Route("/status/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index(int code)
    {
        var status = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = status;
        return View(status);
    }
}
