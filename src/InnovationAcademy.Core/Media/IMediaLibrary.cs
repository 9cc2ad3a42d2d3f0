namespace InnovationAcademy.Core.Media;

/// <summary>A file of the site's media library as other modules see it.</summary>
/// <param name="Duration">A video's length read from its file when uploaded; null when unknown or not a video.</param>
public sealed record MediaItem(string Url, string Name, string ContentType, long Length, TimeSpan? Duration)
{
    public bool IsVideo => ContentType.StartsWith("video/", StringComparison.Ordinal);

    public bool IsPicture => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>
/// The media library for editors' pickers (a lesson's video, captions or resource, a course's cover). The Media module
/// provides it; when that module is off, no service is registered and forms offer only an address.
/// </summary>
public interface IMediaLibrary
{
    /// <summary>The newest files first, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<MediaItem>> ListAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>The library's file at this site address (<c>/media/…</c>), or null.</summary>
    Task<MediaItem?> FindAsync(string? url, CancellationToken cancellationToken = default);
}
