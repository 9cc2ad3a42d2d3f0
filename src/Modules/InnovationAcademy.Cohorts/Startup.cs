using InnovationAcademy.Cohorts.Api;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Recipes;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Community.Services;
using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Cohorts;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CohortsModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<IWaitingWorkProvider, CohortWaitingWork>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, MainMenu>();
        services.AddScoped<IHomeSection, NextSessionsHomeSection>();
        services.AddScoped<IHomeSection, OpenCohortsHomeSection>();

        services.AddScoped<CohortCatalog>();
        services.AddScoped<CohortListing>();
        services.AddScoped<JourneyMenu>();
        services.AddScoped<CohortPageCache>();
        services.AddScoped<IRecipeEventHandler>(sp => sp.GetRequiredService<CohortPageCache>());
        services.AddScoped<ICohortDirectory, CohortDirectory>();
        services.AddScoped<CohortSignUp>();
        services.AddScoped<CohortAdmission>();
        services.AddScoped<CohortCalendars>();
        services.AddScoped<AttendanceRegister>();
        services.AddScoped<CohortGraduation>();
        services.AddScoped<CohortReports>();
        services.AddScoped<ICommunitySpaceProvider, CohortCommunitySpaces>();
        services.AddScoped<CohortEditor>();
        services.AddSingleton<SessionReminders>();
        services.AddSingleton<IPeriodicWork>(provider => provider.GetRequiredService<SessionReminders>());

        services.AddScoped<CohortParticipantsRecipe>();
        services.AddScoped<IRecipeStepHandler, CohortsStep>();
        services.AddScoped<IRecipeExportSource, CohortsStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        CohortReportApi.Map(routes);
}
