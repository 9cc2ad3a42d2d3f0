using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Output caching for pages anonymous visitors read (the catalog, course pages): signed-in users always get
/// a fresh page, the cache varies by interface language and query string, and a response that sets a
/// cookie is never stored. Modules tag what they cache and evict the tag when its content changes.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary>Every cached page carries it: what changes every page (the site's name, logo, colour, footer) evicts it.</summary>
    public const string SiteWideTag = "site";

    // Where MVC keeps a one-time message ("Your question was sent") until the next page shows it.
    private const string MessageCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true;
        // A visitor with a message waiting gets a fresh page that shows it, not a cached one that would leave it for later.
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !request.Cookies.ContainsKey(MessageCookie);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(SiteWideTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
