using InnovationAcademy.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Localization;

/// <summary>Visitors who chose no language get the site's default one (Settings).</summary>
public sealed class SiteDefaultCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var site = await httpContext.RequestServices.GetRequiredService<ISiteService>().GetAsync(httpContext.RequestAborted);
        var culture = site?.DefaultCulture ?? SupportedCultures.Spanish;
        return new ProviderCultureResult(culture, culture);
    }
}
