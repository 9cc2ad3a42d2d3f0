using System.Globalization;
using System.Threading.RateLimiting;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.HttpLogging;
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

        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

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
