using InnovationAcademy.Core.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InnovationAcademy.Core.Hosting;

/// <summary>
/// Work a module does on its own every few seconds (reminders to send, expired attempts to close). Register it as
/// a singleton <see cref="IPeriodicWork"/>; <see cref="PeriodicWorkRunner"/> runs it while its module is enabled.
/// </summary>
public interface IPeriodicWork
{
    /// <summary>The pause between two rounds.</summary>
    TimeSpan Every { get; }

    /// <summary>One round; it makes its own scope. A failing round is logged and the next one runs as planned.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>Runs every <see cref="IPeriodicWork"/> in its own loop, skipping rounds while its module is switched off.</summary>
public sealed partial class PeriodicWorkRunner(
    IEnumerable<IPeriodicWork> works, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PeriodicWorkRunner> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(works.Select(work => LoopAsync(work, stoppingToken)));

    private async Task LoopAsync(IPeriodicWork work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(work.Every, clock, stoppingToken);
                if (await IsEnabledAsync(work, stoppingToken))
                {
                    await work.RunAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed round (a database restart) must not stop the next.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(exception, work.GetType().Name);
            }
        }
    }

    private async Task<bool> IsEnabledAsync(IPeriodicWork work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IEnabledExtensions>().FilterAsync([work], cancellationToken)).Count > 0;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of {Work} failed")]
    private partial void LogFailed(Exception exception, string work);
}
