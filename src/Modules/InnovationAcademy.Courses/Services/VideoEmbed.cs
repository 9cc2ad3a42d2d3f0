using System.Text.RegularExpressions;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// Only allow-listed video hosts embed, and always through their privacy-enhanced players
/// (youtube-nocookie.com, Vimeo with do-not-track). Any other address is refused when saved.
/// </summary>
internal static partial class VideoEmbed
{
    /// <summary>The player address for <paramref name="url"/>, or null when its host is not allowed.</summary>
    public static string? PlayerUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        string? youTubeId = host switch
        {
            "youtu.be" => uri.AbsolutePath.Trim('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when uri.AbsolutePath == "/watch" => QueryValue(uri, "v"),
            "www.youtube.com" or "youtube.com" or "www.youtube-nocookie.com" when uri.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) => uri.AbsolutePath["/embed/".Length..],
            _ => null,
        };
        if (youTubeId is not null)
        {
            return YouTubeId().IsMatch(youTubeId) ? $"https://www.youtube-nocookie.com/embed/{youTubeId}" : null;
        }

        var vimeoId = host switch
        {
            "vimeo.com" or "www.vimeo.com" => uri.AbsolutePath.Trim('/'),
            "player.vimeo.com" when uri.AbsolutePath.StartsWith("/video/", StringComparison.Ordinal) => uri.AbsolutePath["/video/".Length..],
            _ => null,
        };
        return vimeoId is not null && VimeoId().IsMatch(vimeoId) ? $"https://player.vimeo.com/video/{vimeoId}?dnt=1" : null;
    }

    private static string? QueryValue(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .FirstOrDefault(pair => pair[0] == name && pair.Length == 2)?[1];

    [GeneratedRegex("^[A-Za-z0-9_-]{6,20}\\z")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{4,12}\\z")]
    private static partial Regex VimeoId();
}
