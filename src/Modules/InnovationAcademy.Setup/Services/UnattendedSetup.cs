using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InnovationAcademy.Setup.Services;

/// <summary>
/// With <c>Setup:Recipe</c>, <c>Setup:AdminEmail</c> and <c>Setup:AdminPassword</c> configured, an empty
/// site sets itself up before it starts serving. A failure stops the start with the reason.
/// </summary>
internal sealed partial class UnattendedSetup(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<UnattendedSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var recipe = configuration["Setup:Recipe"];
        if (string.IsNullOrWhiteSpace(recipe))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
        if (await setup.IsSetUpAsync(cancellationToken))
        {
            return;
        }

        var request = new SetupRequest(
            configuration["Setup:SiteName"] is { Length: > 0 } name ? name : "Innovation Academy",
            configuration["Setup:AdminEmail"] ?? "",
            configuration["Setup:AdminPassword"] ?? "",
            recipe);
        var errors = await setup.SetupAsync(request, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Unattended setup failed: " + string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        LogSetUp(logger, recipe, request.AdminEmail);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Site set up unattended with the recipe {Recipe}; administrator {AdminEmail}")]
    private static partial void LogSetUp(ILogger logger, string recipe, string adminEmail);
}
