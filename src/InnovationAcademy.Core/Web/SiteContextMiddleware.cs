using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Settings;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Web;

/// <summary>Puts the site's settings and the active theme's views folder on the request for the views.</summary>
public sealed class SiteContextMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public const string ThemeFolderKey = "academy:theme-folder";
    public const string SiteKey = "academy:site";

    public async Task InvokeAsync(HttpContext context, ISiteService sites)
    {
        var site = await sites.GetAsync(context.RequestAborted);
        context.Items[SiteKey] = site;
        var theme = (site is null ? null : catalog.Find(site.Theme)) ?? catalog.Modules.FirstOrDefault(m => m.IsTheme);
        context.Items[ThemeFolderKey] = theme?.ThemeViewsFolder;
        await next(context);
    }

    /// <summary>The site's settings as this request read them (null before setup).</summary>
    public static SiteSettings? SiteOf(HttpContext context) => context.Items[SiteKey] as SiteSettings;

    /// <summary>Whether pages may show pictures from other sites (off by default, so no third party sees who reads what).</summary>
    public static bool AllowsExternalImages(HttpContext context) => SiteOf(context)?.AllowExternalImages == true;
}
