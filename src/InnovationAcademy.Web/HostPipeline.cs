using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Web;

public static class HostPipeline
{
    public static void UseAcademyPipeline(this WebApplication app, ModularApplication modules)
    {
        // Fails at start, not at the first e-mail, when Production has no configured address.
        var address = app.Services.GetRequiredService<SiteAddress>();
        KeyProtection.WarnWhenKeysAreUnprotected(app);
        app.UseForwardedHeaders();
        // Outside everything that writes pages (error pages too); SecretAwareCompression decides per response.
        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        if (app.Environment.IsProduction() && address.IsHttps)
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseMiddleware<RequestTooLargeMiddleware>();
        app.UseHttpLogging();
        app.MapStaticAssets();
        app.UseHeadAsGetForRouting();
        app.UseRouting();
        app.UseHeadRestoredAfterRouting();
        app.UseMiddleware<SiteContextMiddleware>();
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            FormattingRegions.Apply(context);
            return next(context);
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        modules.Configure(app);
    }
}
