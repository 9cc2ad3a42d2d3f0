using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Brotli and gzip for pages and JSON, except where compression could leak a secret (BREACH): a response that
/// carries a form token, sets a cookie, or is for a signed-in person (their pages mix personal data with text they
/// typed) goes uncompressed. The catalog, course pages, the talent directory and open data — what visitors and
/// phones load most — are compressed. Static files are compressed at build time (MapStaticAssets).
/// </summary>
public sealed class SecretAwareCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    private const string CarriesTokenKey = "academy:carries-form-token";

    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity?.IsAuthenticated != true
            && !context.Items.ContainsKey(CarriesTokenKey)
            && context.Response.Headers.SetCookie.Count == 0
            && base.ShouldCompressResponse(context);
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/geo+json", "text/calendar", "image/svg+xml", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SecretAwareCompression>();

        // Whatever writes a form token into a page marks the response, so that it is not compressed.
        var inner = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.AddSingleton<IAntiforgery>(sp => new MarkingAntiforgery(
            inner.ImplementationInstance as IAntiforgery
            ?? inner.ImplementationFactory?.Invoke(sp) as IAntiforgery
            ?? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)));
    }

    private sealed class MarkingAntiforgery(IAntiforgery inner) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
        {
            httpContext.Items[CarriesTokenKey] = true;
            return inner.GetAndStoreTokens(httpContext);
        }

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
        {
            httpContext.Items[CarriesTokenKey] = true;
            return inner.GetTokens(httpContext);
        }

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
    }
}
