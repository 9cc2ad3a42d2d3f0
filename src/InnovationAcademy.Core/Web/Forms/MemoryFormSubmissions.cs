using System.Collections.Concurrent;

namespace InnovationAcademy.Core.Web.Forms;

/// <summary>
/// Form keys of one node, kept ten minutes. The map is bounded: past <see cref="Capacity"/> keys (a flood of
/// forms) new ones go unguarded rather than growing memory without end.
/// </summary>
public sealed class MemoryFormSubmissions(TimeProvider clock) : IFormSubmissions
{
    internal const int Capacity = 100_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _claims;

    public Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _claims) % 1_000 == 0 || _entries.Count >= Capacity)
        {
            Purge();
        }

        if (_entries.Count >= Capacity)
        {
            return Task.FromResult(true);
        }

        return Task.FromResult(_entries.TryAdd(key, new Entry(clock.GetUtcNow())));
    }

    public Task FinishAsync(string key, string? redirectedTo)
    {
        if (redirectedTo is null)
        {
            if (_entries.TryRemove(key, out var forgotten))
            {
                forgotten.Outcome.TrySetResult(null);
            }
        }
        else if (_entries.TryGetValue(key, out var entry))
        {
            entry.Outcome.TrySetResult(redirectedTo);
        }

        return Task.CompletedTask;
    }

    public async Task<FormOutcome> WaitAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return FormOutcome.Forgotten;
        }

        try
        {
            var redirectedTo = await entry.Outcome.Task.WaitAsync(timeout, clock, cancellationToken);
            return new FormOutcome(true, redirectedTo);
        }
        catch (TimeoutException)
        {
            return FormOutcome.Running;
        }
    }

    private void Purge()
    {
        var before = clock.GetUtcNow() - KeptFor;
        foreach (var (key, entry) in _entries)
        {
            if (entry.ClaimedAt < before)
            {
                _entries.TryRemove(key, out _);
                entry.Outcome.TrySetResult(null);
            }
        }
    }

    private sealed record Entry(DateTimeOffset ClaimedAt)
    {
        public TaskCompletionSource<string?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
