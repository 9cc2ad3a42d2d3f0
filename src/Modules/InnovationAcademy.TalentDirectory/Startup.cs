using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Sectors;
using Microsoft.AspNetCore.Http;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.TalentDirectory.Api;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Recipes;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.TalentDirectory.ViewModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, TalentModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<IWaitingWorkProvider, TalentWaitingWork>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, MainMenu>();
        services.AddScoped<IHomeSection, TalentHomeSection>();

        services.AddScoped(provider =>
        {
            // The map's tile server is a site setting (/admin/settings), so a site can use its own and keep readers' data.
            var site = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Items[SiteContextMiddleware.SiteKey] as SiteSettings ?? new SiteSettings();
            // OpenStreetMap's own credit reads in the page's language; a site's own tile server is credited as it says.
            var attribution = site.MapTileUrl.Length == 0
                ? provider.GetRequiredService<IStringLocalizer<MapTiles>>()[SiteSettings.DefaultMapTileAttribution].Value
                : site.EffectiveMapTileAttribution;
            return new MapTiles(site.EffectiveMapTileUrl, attribution);
        });
        services.AddScoped<TalentSearchIndex>();
        services.AddScoped<ProfilePhotos>();
        services.AddScoped<TalentDirectoryQuery>();
        services.AddScoped<TalentFacets>();
        services.AddScoped<TalentDirectoryChanges>();
        services.AddScoped<IRecipeEventHandler>(sp => sp.GetRequiredService<TalentDirectoryChanges>());
        services.AddScoped<TalentProfiles>();
        services.AddScoped<TalentContactRelay>();
        services.AddScoped<TalentStatistics>();
        services.AddScoped<TalentInvitations>();
        services.AddScoped<TalentAdminQueries>();
        services.AddScoped<TalentSectors>();
        services.AddScoped<ISectorList, TalentSectorList>();
        services.AddScoped<TalentProfileImporter>();
        services.AddScoped<TalentCsvImport>();
        services.AddScoped<ITalentEntryCounter, TalentEntryCounter>();

        services.AddScoped<IRecipeStepHandler, TalentProfilesStep>();
        services.AddScoped<IRecipeExportSource, TalentProfilesStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        TalentOpenDataApi.Map(routes);
}
