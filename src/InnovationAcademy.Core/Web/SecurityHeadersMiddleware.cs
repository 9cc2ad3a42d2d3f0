using InnovationAcademy.Core.Settings;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Security headers on every response. Scripts and styles come only from this site (no inline script),
/// frames only from the allow-listed privacy-enhanced video players, and no other site may frame ours.
/// Signed-in pages are not stored by browsers or proxies.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Images from this site and the map's tile server; from anywhere on https only when the site allows external images.</summary>
    public static string ContentSecurityPolicyFor(SiteSettings? site) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; " +
        $"img-src 'self' data: {(site?.AllowExternalImages == true ? "https:" : (site ?? new SiteSettings()).MapTileOrigin)}; media-src 'self'; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicyFor(context.Items[SiteContextMiddleware.SiteKey] as SiteSettings);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // A signed-in page is for that person alone: no browser, proxy or shared computer keeps a copy.
            if (context.User.Identity?.IsAuthenticated == true && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
