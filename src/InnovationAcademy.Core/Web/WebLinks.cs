namespace InnovationAcademy.Core.Web;

/// <summary>Which addresses the platform puts in a link or an image that others will open: web pages and this site's own paths, never scripts.</summary>
public static class WebLinks
{
    /// <summary>An absolute http or https address.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !value.Any(char.IsWhiteSpace);

    /// <summary>A web address, or a path on this site ("/media/…"; not "//host", which leaves the site).</summary>
    public static bool IsWebOrSitePath(string value) =>
        IsWebAddress(value) || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\', StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace));
}
