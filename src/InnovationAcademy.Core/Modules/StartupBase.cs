using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Modules;

/// <summary>
/// A module's entry point, as in Orchard Core: the host calls <see cref="ConfigureServices"/> for every
/// installed module in dependency order, then <see cref="Configure"/> with a route builder whose
/// endpoints are tagged with the module, so that a disabled module's endpoints answer 404.
/// </summary>
public abstract class StartupBase
{
    /// <summary>Lower runs first among modules at the same dependency depth.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
    }
}
