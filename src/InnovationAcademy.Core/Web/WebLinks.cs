using System.Globalization;
using System.Text.RegularExpressions;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// The one check for every address the platform stores and puts in a link or an image that others will open: an
/// absolute web address, or a file of this site's own media. Applied on save, in recipes and in imports, and again
/// when a page is drawn.
/// </summary>
public static partial class WebLinks
{
    public const string MediaPrefix = "/media/";

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>
    /// An absolute http or https address with a host: no credentials ("https://bank@evil"), no whitespace, control or
    /// invisible characters, no backslash (browsers read "https:\\evil" as another host).
    /// </summary>
    public static bool IsWebAddress(string? value) =>
        value is { Length: > 0 and <= 2000 }
        && (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && !value.Any(IsInvisibleOrSpace)
        && !value.Contains('\\', StringComparison.Ordinal)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0
        && string.IsNullOrEmpty(uri.UserInfo)
        && !value[(value.IndexOf("//", StringComparison.Ordinal) + 2)..].Split('/', '?', '#')[0].Contains('@', StringComparison.Ordinal);

    /// <summary>A file of this site's media: "/media/" and one plain name ("/media/3f…9a.pdf"), nothing to resolve.</summary>
    public static bool IsSiteMedia(string? value) => value is not null && MediaPath().IsMatch(value);

    /// <summary>A web address or a file of this site's media — never another path of the site ("/account/logout").</summary>
    public static bool IsWebOrSitePath(string? value) => IsWebAddress(value) || IsSiteMedia(value);

    /// <summary>
    /// An image shown to visitors: from this site's media; from another site only when the site allows external images
    /// (off by default, so that no third party learns who reads what).
    /// </summary>
    public static bool IsAllowedImage(string? value, bool allowExternal) =>
        (IsSiteMedia(value) && ImageExtensions.Any(e => value!.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        || (allowExternal && IsWebAddress(value) && value!.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static bool IsInvisibleOrSpace(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format;

    [GeneratedRegex(@"^/media/[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex MediaPath();
}
