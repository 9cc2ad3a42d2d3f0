using InnovationAcademy.Community.Models;
using InnovationAcademy.Community.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Community;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CommunityModelContributor>();
        services.AddScoped<CommunitySpaces>();
        services.AddScoped<CommunityBoard>();
    }
}
