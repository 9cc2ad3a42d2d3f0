namespace InnovationAcademy.Core.Caching;

/// <summary>
/// Tells the other web nodes that something cached in memory went stale. With one node (the default) there is
/// no one to tell; with several, the host connects it to Redis pub/sub (`Redis:Configuration`). A node never
/// receives its own messages: it has already acted on them.
/// </summary>
public interface IClusterEvents
{
    /// <summary>Sends <paramref name="message"/> on <paramref name="channel"/> to every other node.</summary>
    void Publish(string channel, string message);

    /// <summary>Calls <paramref name="handler"/> for each message another node publishes on <paramref name="channel"/>.</summary>
    void Subscribe(string channel, Action<string> handler);
}

/// <summary>A single node: nothing to tell.</summary>
public sealed class LocalClusterEvents : IClusterEvents
{
    public void Publish(string channel, string message)
    {
    }

    public void Subscribe(string channel, Action<string> handler)
    {
    }
}
