using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Settings.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Settings;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeExportSource, SettingsStep>();
    }

    /// <summary>
    /// The lab's colour as a style sheet (the policy allows no inline styles): the layout asks for it with the colour in
    /// its address, so a browser keeps it until the colour changes.
    /// </summary>
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGet("/brand.css", (HttpContext context) =>
        {
            var colour = SiteContextMiddleware.SiteOf(context)?.BrandColour ?? "";
            if (!SiteIdentity.IsColour(colour))
            {
                return Results.NotFound();
            }

            // Kept for a year only under the address of its own colour; any other asks again each time.
            context.Response.Headers.CacheControl = context.Request.Query["v"] == colour.TrimStart('#')
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            return Results.Text($":root {{ --brand: {colour}; --brand-dark: color-mix(in srgb, {colour} 80%, #000); }}\n", "text/css; charset=utf-8");
        });
}
