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

namespace InnovationAcademy.TalentDirectory;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, TalentModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, MainMenu>();

        services.AddSingleton(provider =>
        {
            // The map's tile server is a setting, so a site can use its own or a commercial one.
            var configuration = provider.GetRequiredService<IConfiguration>();
            return new MapTiles(
                configuration["TalentDirectory:Tiles:Url"] ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                configuration["TalentDirectory:Tiles:Attribution"] ?? "© OpenStreetMap contributors");
        });
        services.AddScoped<TalentSearchIndex>();
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
        services.AddScoped<TalentProfileImporter>();
        services.AddScoped<TalentCsvImport>();
        services.AddScoped<ITalentEntryCounter, TalentEntryCounter>();

        services.AddScoped<IRecipeStepHandler, TalentProfilesStep>();
        services.AddScoped<IRecipeExportSource, TalentProfilesStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        TalentOpenDataApi.Map(routes);
}
