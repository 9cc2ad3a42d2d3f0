using System.Buffers.Binary;
using System.Text;
using InnovationAcademy.Core.Media;
using InnovationAcademy.Media.Services;
using SkiaSharp;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class PictureCleanerTests
{
    private const string Secret = "GPS -12.0464 -77.0428 Lima, phone of Yusmely";

    [Fact]
    public void A_phone_photo_loses_its_camera_data_is_turned_upright_and_made_smaller()
    {
        var photo = WithExif(Jpeg(3000, 2000), orientation: 6, Secret);
        Assert.Contains(Secret, Encoding.ASCII.GetString(photo));

        var (picture, problem) = PictureCleaner.Redraw(photo, PictureLimits.LongestSide, keepFormat: false);

        Assert.Null(problem);
        Assert.NotNull(picture);
        Assert.Equal(".webp", picture.Extension);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(picture.Bytes, 0, 4));
        Assert.DoesNotContain("GPS", Encoding.ASCII.GetString(picture.Bytes));
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(picture.Bytes));

        // Held upright (EXIF orientation 6): the landscape sensor image becomes a portrait of at most 1600 pixels.
        using var decoded = SKBitmap.Decode(picture.Bytes);
        Assert.Equal((1067, 1600), (decoded.Width, decoded.Height));

        // The red corner drawn at the sensor's top left is shown at the top right once turned.
        var topRight = decoded.GetPixel(decoded.Width - 5, 5);
        Assert.True(topRight.Red > 200 && topRight.Green < 60, $"top right is {topRight}");
    }

    [Fact]
    public void The_library_keeps_a_pictures_format_and_size_but_not_what_follows_it()
    {
        var png = Png(800, 600).Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();

        var (picture, problem) = PictureCleaner.Redraw(png, 4096, keepFormat: true);

        Assert.Null(problem);
        Assert.Equal(".png", picture!.Extension);
        Assert.Equal((800, 600), (picture.Width, picture.Height));
        Assert.DoesNotContain("script", Encoding.ASCII.GetString(picture.Bytes));
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("%PDF-1.7 not a picture")]
    public void Anything_but_a_jpeg_png_or_webp_is_refused(string content)
    {
        var (picture, problem) = PictureCleaner.Redraw(Encoding.ASCII.GetBytes(content), PictureLimits.LongestSide, keepFormat: false);

        Assert.Null(picture);
        Assert.Equal(PictureLimits.NotAPicture, problem);
    }

    [Fact]
    public void A_small_file_that_claims_billions_of_pixels_is_refused_before_it_is_decoded()
    {
        var bomb = PngHeader(100_000, 100_000);

        var (picture, problem) = PictureCleaner.Redraw(bomb, PictureLimits.LongestSide, keepFormat: false);

        Assert.Null(picture);
        Assert.Equal(PictureLimits.TooManyPixels, problem);
    }

    private static byte[] Jpeg(int width, int height) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    private static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png);

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 10f, height / 10f, red);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Puts an EXIF block (orientation and a free-text comment, as cameras write) right after the JPEG's start.</summary>
    private static byte[] WithExif(byte[] jpeg, ushort orientation, string comment)
    {
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(LittleEndian(8u));
        tiff.AddRange(LittleEndian((ushort)1));
        tiff.AddRange(LittleEndian((ushort)0x0112));
        tiff.AddRange(LittleEndian((ushort)3));
        tiff.AddRange(LittleEndian(1u));
        tiff.AddRange(LittleEndian(orientation));
        tiff.AddRange(LittleEndian((ushort)0));
        tiff.AddRange(LittleEndian(0u));
        tiff.AddRange(Encoding.ASCII.GetBytes(comment));
        var segment = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(segment.Length + 2));
        return [.. jpeg[..2], 0xFF, 0xE1, .. length, .. segment, .. jpeg[2..]];
    }

    private static byte[] LittleEndian(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    /// <summary>A PNG signature, a valid header chunk declaring the given size, and a data chunk with (almost) nothing in it.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        byte[] idat = [(byte)'I', (byte)'D', (byte)'A', (byte)'T', 0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        var idatCrc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(idatCrc, Crc32(idat));
        var chunk = new byte[17];
        "IHDR"u8.CopyTo(chunk);
        BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(4), width);
        BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(8), height);
        chunk[12] = 8;
        chunk[13] = 6;
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(chunk));
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, 0, 0, 0, 13, .. chunk, .. crc, 0, 0, 0, 8, .. idat, .. idatCrc];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
