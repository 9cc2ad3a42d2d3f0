using System.Globalization;
using System.Threading.RateLimiting;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationAcademy.Web;

/// <summary>Cross-cutting services of the host: localization, rate limits, health, logging, data protection.</summary>
public static class HostServices
{
    /// <summary>Registers them; configuration is read when the services are first made, so test hosts can override it.</summary>
    public static void AddAcademyHostServices(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.All.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Spanish);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new SiteDefaultCultureProvider()];
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Account, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimiting:AccountPermitsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.AddPolicy(RateLimitPolicies.PublicForms, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimiting:PublicFormPermitsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.AddPolicy(RateLimitPolicies.Verification, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimiting:VerificationPermitsPerMinute", 30),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        // Forwarded headers count only from the proxies the operator names (loopback by default), and only the
        // client's address and scheme: the site's own address is configured, never taken from a header.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Requests for any other host are refused (400): the configured address's host and the loopback names.
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration, SiteAddress>((options, configuration, address) =>
        {
            // "*" (ASP.NET Core's template default) would let any Host in: it counts as not set.
            var explicitHosts = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(h => h != "*").ToArray();
            options.AllowedHosts = explicitHosts is { Length: > 0 }
                ? explicitHosts
                : [address.Host, "localhost", "127.0.0.1", "[::1]"];
        });

        // Every cookie is Secure when the site is served over HTTPS.
        services.AddOptions<CookiePolicyOptions>().Configure<SiteAddress>((options, address) =>
            options.Secure = address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        // Keys outlive restarts so that sign-in cookies and antiforgery tokens stay valid.
        services.AddDataProtection().SetApplicationName("InnovationAcademy");
        // With several nodes they live in Redis, so that a cookie signed by one node is read by the others.
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, IWebHostEnvironment, ILoggerFactory, RedisConnection>((options, configuration, environment, loggers, redis) =>
        {
            if (redis.Multiplexer is { } multiplexer)
            {
                options.XmlRepository = new RedisXmlRepository(() => multiplexer.GetDatabase(), redis.Prefix + "data-protection-keys");
                return;
            }

            var keys = configuration["DataProtection:KeysPath"] is { Length: > 0 } path
                ? path
                : Path.Combine(environment.ContentRootPath, "App_Data", "keys");
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(keys), loggers);
        });
        services.AddAcademyRedis();
    }

    private sealed class DatabaseHealthCheck(AcademyDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
