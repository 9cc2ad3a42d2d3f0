using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Web.Forms;
using StackExchange.Redis;

namespace InnovationAcademy.Web;

/// <summary>
/// Several web nodes share Redis (`Redis:Configuration`): the Data Protection keys that sign cookies and
/// antiforgery tokens, the messages that evict one node's cached pages and settings on every node, and the keys of
/// forms already sent.
/// Without that key the site is one node and Redis is never contacted.
/// </summary>
public static class RedisServices
{
    public static void AddAcademyRedis(this IServiceCollection services)
    {
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IClusterEvents>(sp => sp.GetRequiredService<RedisConnection>() is { Multiplexer: { } redis } connection
            ? new RedisClusterEvents(redis, connection.Prefix, sp.GetRequiredService<ILogger<RedisClusterEvents>>())
            : new LocalClusterEvents());
        services.AddSingleton<IFormSubmissions>(sp => sp.GetRequiredService<RedisConnection>() is { Multiplexer: { } redis } connection
            ? new RedisFormSubmissions(redis, connection.Prefix, sp.GetRequiredService<TimeProvider>())
            : new MemoryFormSubmissions(sp.GetRequiredService<TimeProvider>()));
    }
}

/// <summary>The one connection of this node to Redis, made when first needed; null when Redis is not configured.</summary>
public sealed class RedisConnection : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer?> _multiplexer;

    public RedisConnection(IConfiguration configuration)
    {
        var options = configuration["Redis:Configuration"];
        Prefix = configuration["Redis:InstanceName"] is { Length: > 0 } name ? name : "innovation-academy:";
        _multiplexer = new Lazy<IConnectionMultiplexer?>(() => string.IsNullOrWhiteSpace(options) ? null : ConnectionMultiplexer.Connect(options));
    }

    /// <summary>Put before every key and channel, so that several sites can share one Redis.</summary>
    public string Prefix { get; }

    public IConnectionMultiplexer? Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value?.Dispose();
        }
    }
}

/// <summary>Cluster messages over Redis pub/sub; each carries its sender's id so that a node skips its own.</summary>
public sealed partial class RedisClusterEvents(IConnectionMultiplexer redis, string prefix, ILogger<RedisClusterEvents> logger) : IClusterEvents
{
    private readonly string _node = Guid.NewGuid().ToString("N");

    public void Publish(string channel, string message) =>
        redis.GetSubscriber().Publish(RedisChannel.Literal(prefix + channel), _node + "|" + message, CommandFlags.FireAndForget);

    public void Subscribe(string channel, Action<string> handler) =>
        redis.GetSubscriber().Subscribe(RedisChannel.Literal(prefix + channel), (_, value) =>
        {
            var text = value.ToString();
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(_node))
            {
                return;
            }

            try
            {
                handler(text[(separator + 1)..]);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, channel, ex);
            }
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "A cluster message on {Channel} could not be handled")]
    private static partial void LogHandlerFailed(ILogger logger, string channel, Exception exception);
}
