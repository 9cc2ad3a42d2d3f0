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

        var now = clock.GetUtcNow();
        while (true)
        {
            if (_entries.TryAdd(key, new Entry(now)))
            {
                return Task.FromResult(true);
            }

            // A key older than ten minutes is forgotten now, not only when the next purge comes round.
            if (!_entries.TryGetValue(key, out var held) || !IsExpired(held, now))
            {
                return Task.FromResult(false);
            }

            if (_entries.TryRemove(KeyValuePair.Create(key, held)))
            {
                held.Outcome.TrySetResult(null);
            }
        }
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
        if (!_entries.TryGetValue(key, out var entry) || IsExpired(entry, clock.GetUtcNow()))
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

    private static bool IsExpired(Entry entry, DateTimeOffset now) => entry.ClaimedAt < now - KeptFor;

    private void Purge()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (IsExpired(entry, now))
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
