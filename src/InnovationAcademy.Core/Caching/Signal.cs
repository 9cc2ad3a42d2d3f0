using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace InnovationAcademy.Core.Caching;

internal sealed class Signal : ISignal, IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);
    private CancellationTokenSource _all = new();

    public IChangeToken GetToken(string key)
    {
        var source = _sources.GetOrAdd(key, _ => new CancellationTokenSource());
        return new CompositeChangeToken([new CancellationChangeToken(source.Token), new CancellationChangeToken(_all.Token)]);
    }

    public void SignalToken(string key)
    {
        if (_sources.TryRemove(key, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }

    public void SignalAll()
    {
        var previous = Interlocked.Exchange(ref _all, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
    }

    public void Dispose()
    {
        foreach (var source in _sources.Values)
        {
            source.Dispose();
        }

        _all.Dispose();
    }
}
