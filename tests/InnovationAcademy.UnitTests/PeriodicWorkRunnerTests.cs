using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>Work on a timer runs round after round while its module is on, pauses while it is off, and outlives a failed round.</summary>
public sealed class PeriodicWorkRunnerTests
{
    [Fact]
    public async Task A_failed_round_is_followed_by_the_next_and_a_switched_off_module_gets_no_rounds()
    {
        var work = new CountingWork(failFirst: true);
        var switchedOff = new CountingWork(failFirst: false);
        var enabled = new SwitchableExtensions(switchedOff);
        await using var services = new ServiceCollection().AddSingleton<IEnabledExtensions>(enabled).BuildServiceProvider();
        using var runner = new PeriodicWorkRunner([work, switchedOff], services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<PeriodicWorkRunner>.Instance);

        await runner.StartAsync(CancellationToken.None);
        await work.ReachedAsync(3);
        Assert.Equal(0, switchedOff.Rounds);

        enabled.TurnOn(switchedOff);
        await switchedOff.ReachedAsync(2);
        await runner.StopAsync(CancellationToken.None);
    }

    private sealed class CountingWork(bool failFirst) : IPeriodicWork
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _rounds;
        private int _target = int.MaxValue;

        public TimeSpan Every => TimeSpan.FromMilliseconds(10);

        public int Rounds => Volatile.Read(ref _rounds);

        public Task RunAsync(CancellationToken cancellationToken)
        {
            var round = Interlocked.Increment(ref _rounds);
            if (round >= Volatile.Read(ref _target))
            {
                _reached.TrySetResult();
            }

            return failFirst && round == 1 ? throw new InvalidOperationException("the database restarted") : Task.CompletedTask;
        }

        public Task ReachedAsync(int rounds)
        {
            Volatile.Write(ref _target, rounds);
            if (Rounds >= rounds)
            {
                _reached.TrySetResult();
            }

            return _reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class SwitchableExtensions(params object[] off) : IEnabledExtensions
    {
        private readonly HashSet<object> _off = [.. off];

        public void TurnOn(object implementation)
        {
            lock (_off)
            {
                _off.Remove(implementation);
            }
        }

        public Task<IReadOnlyList<T>> FilterAsync<T>(IEnumerable<T> implementations, CancellationToken cancellationToken = default)
            where T : class
        {
            lock (_off)
            {
                return Task.FromResult<IReadOnlyList<T>>([.. implementations.Where(i => !_off.Contains(i))]);
            }
        }
    }
}
