using System.Globalization;
using InnovationAcademy.IntegrationTests.Certificates;

namespace InnovationAcademy.IntegrationTests.ScaleOut;

/// <summary>
/// Two web nodes of one site, as behind a load balancer: one PostgreSQL database, one Redis (Data Protection keys
/// and cluster messages), each node with its own memory, output cache and outbox worker, both sending to one real
/// SMTP server. `./test.sh` starts PostgreSQL and Redis and names them in ACADEMY_TEST_POSTGRES and ACADEMY_TEST_REDIS.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(CertificateSite site, AcademySiteFactory b, SmtpTestServer smtp)
    {
        Site = site;
        B = b;
        Smtp = smtp;
    }

    public CertificateSite Site { get; }

    public AcademySiteFactory A => Site.Site;

    public AcademySiteFactory B { get; }

    public SmtpTestServer Smtp { get; }

    public static string Redis => Environment.GetEnvironmentVariable("ACADEMY_TEST_REDIS") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("The scale-out tests need a Redis server in ACADEMY_TEST_REDIS (host:port) and PostgreSQL in ACADEMY_TEST_POSTGRES; ./test.sh starts both.");

    public static async Task<TwoNodes> StartAsync()
    {
        if (AcademySiteFactory.PostgresServer is null)
        {
            throw new InvalidOperationException("The scale-out tests need PostgreSQL in ACADEMY_TEST_POSTGRES; ./test.sh starts it.");
        }

        var smtp = new SmtpTestServer();
        await smtp.StartAsync();
        var shared = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = Redis,
            // A prefix of this pair's own, so that pairs of other tests running at the same time never hear each other.
            ["Redis:InstanceName"] = "ia-test-" + Guid.NewGuid().ToString("N")[..12] + ":",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        };

        // Node A sets the site up; node B starts on the same database once it exists.
        var site = await CertificateSite.StartAsync(shared);
        var b = new AcademySiteFactory(recipe: null, new Dictionary<string, string?>(shared)
        {
            ["ConnectionStrings:Academy"] = site.Site.Settings["ConnectionStrings:Academy"],
            ["Database:Provider"] = "Postgres",
        });
        _ = b.Server;
        return new TwoNodes(site, b, smtp);
    }

    /// <summary>A browser whose requests go to either node with one cookie jar, as a load balancer's client.</summary>
    public Browser NewBrowser() => new(new System.Net.CookieContainer(), this);

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await Site.DisposeAsync();
        Smtp.Dispose();
    }

    public sealed class Browser(System.Net.CookieContainer cookies, TwoNodes nodes) : IDisposable
    {
        public SiteClient OnA { get; } = new(nodes.A.CreateDefaultClient(new Uri("http://localhost"), new SharedCookies(cookies)));

        public SiteClient OnB { get; } = new(nodes.B.CreateDefaultClient(new Uri("http://localhost"), new SharedCookies(cookies)));

        public void Dispose()
        {
            OnA.Dispose();
            OnB.Dispose();
        }
    }

    /// <summary>Keeps the cookies a node sets and sends them to whichever node the next request goes to.</summary>
    private sealed class SharedCookies(System.Net.CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var address = request.RequestUri!;
            if (cookies.GetCookieHeader(address) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    cookies.SetCookies(address, value);
                }
            }

            return response;
        }
    }
}
