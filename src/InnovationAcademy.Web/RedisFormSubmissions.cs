using InnovationAcademy.Core.Web.Forms;
using StackExchange.Redis;

namespace InnovationAcademy.Web;

/// <summary>
/// Form keys shared by every node, so that a form sent twice through a load balancer is acted on once. A claimed
/// key holds an empty value until its request ends; then the address it redirected to, for ten minutes.
/// </summary>
public sealed class RedisFormSubmissions(IConnectionMultiplexer redis, string prefix, TimeProvider clock) : IFormSubmissions
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    public Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(Name(key), string.Empty, KeptFor, When.NotExists);

    public Task FinishAsync(string key, string? redirectedTo) => redirectedTo is null
        ? redis.GetDatabase().KeyDeleteAsync(Name(key))
        : redis.GetDatabase().StringSetAsync(Name(key), redirectedTo, KeptFor, When.Exists);

    public async Task<FormOutcome> WaitAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + timeout;
        while (true)
        {
            var value = await redis.GetDatabase().StringGetAsync(Name(key));
            if (value.IsNull)
            {
                return FormOutcome.Forgotten;
            }

            if (value.ToString() is { Length: > 0 } location)
            {
                return new FormOutcome(true, location);
            }

            if (clock.GetUtcNow() >= until)
            {
                return FormOutcome.Running;
            }

            await Task.Delay(PollEvery, clock, cancellationToken);
        }
    }

    private RedisKey Name(string key) => prefix + "form:" + key;
}
