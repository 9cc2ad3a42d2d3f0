using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Setup.Services;

/// <summary>Until the site is set up, every page leads to /setup (health checks and status pages still answer).</summary>
internal sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Items[SiteContextMiddleware.SiteKey] is SiteSettings
            || context.Request.Path.StartsWithSegments("/setup")
            || context.Request.Path.StartsWithSegments("/health")
            || context.Request.Path.StartsWithSegments("/status")
            || context.Request.Path.StartsWithSegments("/_content"))
        {
            return next(context);
        }

        context.Response.Redirect("/setup");
        return Task.CompletedTask;
    }
}
