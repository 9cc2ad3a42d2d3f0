using Microsoft.Extensions.Configuration;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// The site's public address (<c>Site:BaseUrl</c>). Every absolute link the site writes — e-mails, certificates and
/// their QR codes, credentials, feeds, share links — starts with it, never with the request's Host header, which an
/// attacker chooses.
/// </summary>
public sealed class SiteAddress
{
    public const string ConfigurationKey = "Site:BaseUrl";
    public const string Development = "http://localhost:5080";

    private SiteAddress(Uri origin)
    {
        Origin = origin.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Host = origin.IdnHost;
        IsHttps = origin.Scheme == Uri.UriSchemeHttps;
    }

    /// <summary>Scheme, host, port and path base, without a trailing slash ("https://academia.example.org").</summary>
    public string Origin { get; }

    /// <summary>The host name alone, for host filtering.</summary>
    public string Host { get; }

    public bool IsHttps { get; }

    /// <summary>Reads the configured address; Production must configure one (there is no safe guess).</summary>
    public static SiteAddress FromConfiguration(IConfiguration configuration, bool required)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (required)
            {
                throw new InvalidOperationException(
                    $"{ConfigurationKey} is required in Production: set it to the address people use (e.g. Site__BaseUrl=https://academia.example.org).");
            }

            configured = Development;
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an http or https address without query or credentials, not '{configured}'.");
        }

        return new SiteAddress(uri);
    }
}
