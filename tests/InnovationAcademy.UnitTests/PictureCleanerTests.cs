using System.Text;
using InnovationAcademy.Core.Media;
using InnovationAcademy.Media.Services;
using InnovationAcademy.Testing;
using SkiaSharp;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class PictureCleanerTests
{
    private const string Secret = "GPS -12.0464 -77.0428 Lima, phone of Yusmely";

    [Fact]
    public void A_phone_photo_loses_its_camera_data_is_turned_upright_and_made_smaller()
    {
        var photo = TestPictures.WithExif(TestPictures.Jpeg(3000, 2000), orientation: 6, Secret);
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
        var png = TestPictures.Png(800, 600).Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();

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
        var bomb = TestPictures.PngHeader(100_000, 100_000);

        var (picture, problem) = PictureCleaner.Redraw(bomb, PictureLimits.LongestSide, keepFormat: false);

        Assert.Null(picture);
        Assert.Equal(PictureLimits.TooManyPixels, problem);
    }
}
