using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// While a signed-in person must choose a stronger password (<see cref="PasswordUpgrade"/>), every page leads to the
/// page that asks for it; only that page (and its button that e-mails the link to choose it), signing out, the language switch and the site's static files are reachable.
/// </summary>
internal sealed class PasswordUpgradeMiddleware(RequestDelegate next)
{
    // The e-mailed link to choose the new password opens in the same browser, still signed in.
    private static readonly string[] Open = ["/account/logout", "/account/reset-password", "/culture", "/css", "/js", "/lib", "/_content", "/favicon.ico", "/status"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated != true || !PasswordUpgrade.IsRequired(context.User)
            || path.StartsWithSegments(PasswordUpgrade.Page, StringComparison.OrdinalIgnoreCase) || Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        // See Other: a form posted elsewhere is not repeated, the browser opens the password page.
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = PasswordUpgrade.Page;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
