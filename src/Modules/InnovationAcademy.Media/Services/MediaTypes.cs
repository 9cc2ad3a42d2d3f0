using System.Text;

namespace InnovationAcademy.Media.Services;

/// <summary>One kind of file the site accepts: by extension, with its largest size and the bytes it must start with.</summary>
internal sealed record MediaType(string Extension, string ContentType, long MaxBytes, Func<ReadOnlyMemory<byte>, bool> HasSignature)
{
    public bool IsPicture => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>
/// The accepted types. A file is taken only when its extension is listed, its size is within the type's limit,
/// and its first bytes are those of that type, so a renamed script or page is refused.
/// </summary>
internal static class MediaTypes
{
    public const long Megabyte = 1024 * 1024;

    public static IReadOnlyList<MediaType> All { get; } =
    [
        new(".mp4", "video/mp4", 300 * Megabyte, h => h.Length >= 8 && Encoding.ASCII.GetString(h.Span[4..8]) == "ftyp"),
        new(".webm", "video/webm", 300 * Megabyte, h => StartsWith(h, [0x1A, 0x45, 0xDF, 0xA3])),
        new(".vtt", "text/vtt", 2 * Megabyte, h => StartsWith(h, "WEBVTT"u8) || StartsWith(h, [0xEF, 0xBB, 0xBF, (byte)'W', (byte)'E', (byte)'B', (byte)'V', (byte)'T', (byte)'T'])),
        new(".pdf", "application/pdf", 25 * Megabyte, h => StartsWith(h, "%PDF-"u8)),
        new(".png", "image/png", 10 * Megabyte, h => StartsWith(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new(".jpg", "image/jpeg", 10 * Megabyte, h => StartsWith(h, [0xFF, 0xD8, 0xFF])),
        new(".jpeg", "image/jpeg", 10 * Megabyte, h => StartsWith(h, [0xFF, 0xD8, 0xFF])),
        new(".webp", "image/webp", 10 * Megabyte, h => h.Length >= 12 && StartsWith(h, "RIFF"u8) && Encoding.ASCII.GetString(h.Span[8..12]) == "WEBP"),
    ];

    public static long LargestAllowed => All.Max(t => t.MaxBytes);

    public static MediaType? ForFileName(string fileName) =>
        All.FirstOrDefault(t => t.Extension.Equals(Path.GetExtension(fileName), StringComparison.OrdinalIgnoreCase));

    public static MediaType? ForStoredName(string storedName) => ForFileName(storedName);

    private static bool StartsWith(ReadOnlyMemory<byte> header, ReadOnlySpan<byte> prefix) => header.Span.StartsWith(prefix);
}
