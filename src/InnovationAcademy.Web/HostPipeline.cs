using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Web;

public static class HostPipeline
{
    public static void UseAcademyPipeline(this WebApplication app, ModularApplication modules)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseHttpLogging();
        app.MapStaticAssets();
        app.UseRouting();
        app.UseMiddleware<SiteContextMiddleware>();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        modules.Configure(app);
    }
}
