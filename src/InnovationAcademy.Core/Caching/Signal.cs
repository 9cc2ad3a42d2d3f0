using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace InnovationAcademy.Core.Caching;

/// <summary>Change tokens of this node; a signal also reaches the other nodes through <see cref="IClusterEvents"/>.</summary>
internal sealed class Signal : ISignal, IDisposable
{
    private const string Channel = "signal";
    private const string AllMessage = "*";

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);
    private readonly IClusterEvents _cluster;
    private CancellationTokenSource _all = new();

    public Signal(IClusterEvents cluster)
    {
        _cluster = cluster;
        cluster.Subscribe(Channel, key =>
        {
            if (key == AllMessage)
            {
                SignalAllHere();
            }
            else
            {
                SignalHere(key);
            }
        });
    }

    public IChangeToken GetToken(string key)
    {
        var source = _sources.GetOrAdd(key, _ => new CancellationTokenSource());
        return new CompositeChangeToken([new CancellationChangeToken(source.Token), new CancellationChangeToken(_all.Token)]);
    }

    public void SignalToken(string key)
    {
        SignalHere(key);
        _cluster.Publish(Channel, key);
    }

    public void SignalAll()
    {
        SignalAllHere();
        _cluster.Publish(Channel, AllMessage);
    }

    public void Dispose()
    {
        foreach (var source in _sources.Values)
        {
            source.Dispose();
        }

        _all.Dispose();
    }

    private void SignalHere(string key)
    {
        if (_sources.TryRemove(key, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }

    private void SignalAllHere()
    {
        var previous = Interlocked.Exchange(ref _all, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
    }
}
