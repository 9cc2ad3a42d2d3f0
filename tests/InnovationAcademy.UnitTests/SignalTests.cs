using InnovationAcademy.Core.Caching;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>A signal evicts on this node and is told to the others; the others' signals evict here.</summary>
public sealed class SignalTests : IDisposable
{
    private readonly RecordingCluster _cluster = new();
    private readonly Signal _signal;

    public SignalTests() => _signal = new Signal(_cluster);

    [Fact]
    public void Signalling_a_key_evicts_it_here_and_tells_the_other_nodes()
    {
        var token = _signal.GetToken("courses:published");
        var other = _signal.GetToken("site:settings");

        _signal.SignalToken("courses:published");

        Assert.True(token.HasChanged);
        Assert.False(other.HasChanged);
        Assert.Equal([("signal", "courses:published")], _cluster.Published);
    }

    [Fact]
    public void Another_nodes_signal_evicts_here_without_being_told_back()
    {
        var token = _signal.GetToken("talent-directory");
        var all = _signal.GetToken("site:settings");

        _cluster.Deliver("signal", "talent-directory");
        Assert.True(token.HasChanged);
        Assert.False(all.HasChanged);

        _cluster.Deliver("signal", "*");
        Assert.True(all.HasChanged);
        Assert.Empty(_cluster.Published);
    }

    public void Dispose() => _signal.Dispose();

    private sealed class RecordingCluster : IClusterEvents
    {
        private readonly Dictionary<string, Action<string>> _handlers = [];

        public List<(string Channel, string Message)> Published { get; } = [];

        public void Publish(string channel, string message) => Published.Add((channel, message));

        public void Subscribe(string channel, Action<string> handler) => _handlers[channel] = handler;

        public void Deliver(string channel, string message) => _handlers[channel](message);
    }
}
