using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Core.Security;

public static class ControllerExtensions
{
    /// <summary>
    /// The answer to a request the user may not make: anonymous users are sent to sign in,
    /// signed-in users get 403.
    /// </summary>
    public static IActionResult Denied(this ControllerBase controller) =>
        controller.User.Identity?.IsAuthenticated == true
            ? controller.StatusCode(StatusCodes.Status403Forbidden)
            : controller.Challenge();
}
