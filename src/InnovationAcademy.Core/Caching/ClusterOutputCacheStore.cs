using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Core.Caching;

/// <summary>
/// Keeps cached pages in this node's memory (the fastest place to serve them from) and passes every eviction
/// by tag on to the other nodes, so that publishing a course on one node evicts its page everywhere.
/// </summary>
internal sealed class ClusterOutputCacheStore : IOutputCacheStore
{
    private const string Channel = "output-cache";

    private readonly IOutputCacheStore _local;
    private readonly IClusterEvents _cluster;

    public ClusterOutputCacheStore(IOutputCacheStore local, IClusterEvents cluster)
    {
        _local = local;
        _cluster = cluster;
        cluster.Subscribe(Channel, tag => _ = _local.EvictByTagAsync(tag, CancellationToken.None).AsTask());
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _local.EvictByTagAsync(tag, cancellationToken);
        _cluster.Publish(Channel, tag);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => _local.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        _local.SetAsync(key, value, tags, validFor, cancellationToken);
}
