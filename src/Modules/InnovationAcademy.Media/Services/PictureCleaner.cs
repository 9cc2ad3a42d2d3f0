using InnovationAcademy.Core.Media;
using SkiaSharp;

namespace InnovationAcademy.Media.Services;

/// <summary>The bytes of a redrawn picture and the extension of their format.</summary>
internal sealed record CleanPicture(byte[] Bytes, string Extension, int Width, int Height);

/// <summary>
/// Decodes a picture and draws it again at most a given size, turned the way the camera said it was held. Only
/// pixels reach the new file: EXIF (the place a photo was taken, the phone, the time), comments and anything
/// appended after the image are left behind.
/// </summary>
internal static class PictureCleaner
{
    private const int Quality = 85;

    /// <summary>Returns the redrawn picture, or the problem (one of <see cref="PictureLimits"/>' messages).</summary>
    /// <param name="keepFormat">Write the input's own format (the media library); otherwise WebP, small and with transparency.</param>
    public static (CleanPicture? Picture, string? Problem) Redraw(byte[] input, int longestSide, bool keepFormat)
    {
        // A picture may take a few hundred megabytes while it is drawn: a few at a time, whatever the number of uploads.
        Drawing.Wait();
        try
        {
            return RedrawOne(input, longestSide, keepFormat);
        }
        finally
        {
            Drawing.Release();
        }
    }

    private static readonly SemaphoreSlim Drawing = new(Math.Max(1, Environment.ProcessorCount / 2));

    private static (CleanPicture? Picture, string? Problem) RedrawOne(byte[] input, int longestSide, bool keepFormat)
    {
        using var data = SKData.CreateCopy(input);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return (null, PictureLimits.NotAPicture);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            return (null, PictureLimits.NotAPicture);
        }

        if ((long)width * height > PictureLimits.MaxPixels)
        {
            return (null, PictureLimits.TooManyPixels);
        }

        // JPEG decodes straight to 1/2, 1/4 or 1/8 of its size, which keeps a 48-megapixel photo from filling memory.
        var scale = Math.Min(1f, longestSide / (float)Math.Max(width, height));
        var decodedSize = codec.GetScaledDimensions(scale);
        var decodedInfo = new SKImageInfo(decodedSize.Width, decodedSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodedInfo);
        var result = codec.GetPixels(decodedInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return (null, PictureLimits.NotAPicture);
        }

        var drawnWidth = Math.Max(1, (int)Math.Round(width * scale));
        var drawnHeight = Math.Max(1, (int)Math.Round(height * scale));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (outWidth, outHeight) = turned ? (drawnHeight, drawnWidth) : (drawnWidth, drawnHeight);

        using var surface = SKSurface.Create(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(Orientation(codec.EncodedOrigin, drawnWidth, drawnHeight));
        // Immutable, the bitmap is drawn as it is rather than copied first.
        decoded.SetImmutable();
        using (var source = SKImage.FromBitmap(decoded))
        {
            canvas.DrawImage(source, SKRect.Create(drawnWidth, drawnHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        canvas.Flush();
        var format = keepFormat ? codec.EncodedFormat : SKEncodedImageFormat.Webp;
        using var image = surface.Snapshot();
        using var encoded = image.Encode(format, Quality);
        if (encoded is null)
        {
            return (null, PictureLimits.NotAPicture);
        }

        var extension = format switch
        {
            SKEncodedImageFormat.Jpeg => ".jpg",
            SKEncodedImageFormat.Png => ".png",
            _ => ".webp",
        };
        return (new CleanPicture(encoded.ToArray(), extension, outWidth, outHeight), null);
    }

    /// <summary>The drawing that shows a picture of the given size the way up its EXIF orientation says.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float width, float height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
