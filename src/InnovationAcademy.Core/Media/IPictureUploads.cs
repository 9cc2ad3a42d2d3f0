namespace InnovationAcademy.Core.Media;

/// <summary>
/// Pictures that people upload to be shown to visitors (an entrepreneur's photo or logo, a course cover). The
/// picture is decoded and drawn again, so what is stored has no camera data (place, device, date) and no hidden
/// bytes, at most <see cref="PictureLimits.LongestSide"/> pixels on its longest side. The Media module provides
/// it; when that module is off, no service is registered and forms offer only an address.
/// </summary>
public interface IPictureUploads
{
    /// <summary>Stores the picture and returns its site address (<c>/media/…</c>), or why it was refused (nothing is kept then).</summary>
    Task<PictureUpload> SaveAsync(Stream content, string fileName, long length, string uploadedBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a picture this service stored for the same uploader (a replaced or removed photo should not stay
    /// reachable). Any other address, or a picture someone else uploaded, is left alone.
    /// </summary>
    Task ForgetAsync(string? address, string uploadedBy, CancellationToken cancellationToken = default);
}

/// <summary>The address of a stored picture, or the problem in English (every module's translations include it).</summary>
public sealed record PictureUpload(string? Address, string? Problem)
{
    public static PictureUpload Stored(string address) => new(address, null);

    public static PictureUpload Refused(string problem) => new(null, problem);
}

public static class PictureLimits
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int LongestSide = 1600;

    /// <summary>A picture may declare at most this many pixels, so a small file cannot decode into gigabytes.</summary>
    public const long MaxPixels = 24_000_000;

    public const string TooLarge = "The picture is too large: at most 10 MB.";

    public const string NotAPicture = "Choose a JPEG, PNG or WebP picture (checked by its content, not its name).";

    public const string TooManyPixels = "The picture has too many pixels: at most 24 megapixels.";

    public const string Empty = "The picture file is empty.";
}
