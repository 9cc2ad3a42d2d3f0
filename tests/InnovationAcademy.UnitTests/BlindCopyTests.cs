using System.Buffers.Binary;
using System.Text;
using InnovationAcademy.Assignments.Services;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>What a blind grader downloads keeps the work and loses the names written into the file.</summary>
public sealed class BlindCopyTests
{
    [Fact]
    public void A_jpeg_loses_its_exif_and_comments_and_keeps_its_image()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            .. Segment(0xE0, "JFIF\0"),
            .. Segment(0xE1, "Exif\0\0Artist: Ana Nunez"),
            .. Segment(0xFE, "hecho por Ana Nunez"),
            .. Segment(0xDB, "quantization"),
            0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x11, 0x22, 0x33, 0xFF, 0xD9,
        ];
        var copy = BlindCopy.Of(jpeg, ".jpg");
        var text = Encoding.Latin1.GetString(copy);
        Assert.DoesNotContain("Ana Nunez", text, StringComparison.Ordinal);
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        Assert.Contains("quantization", text, StringComparison.Ordinal);
        Assert.Equal(jpeg[^9..], copy[^9..]);
    }

    [Fact]
    public void A_png_loses_its_text_chunks_and_keeps_its_image()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", "headerbytes13"), .. Chunk("tEXt", "Author\0Ana Nunez"), .. Chunk("IDAT", "pixels"), .. Chunk("IEND", "")];
        var text = Encoding.Latin1.GetString(BlindCopy.Of(png, ".png"));
        Assert.DoesNotContain("Ana Nunez", text, StringComparison.Ordinal);
        Assert.Contains("IHDR", text, StringComparison.Ordinal);
        Assert.Contains("pixels", text, StringComparison.Ordinal);
        Assert.EndsWith("IEND" + Encoding.Latin1.GetString(Chunk("IEND", "")[^4..]), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_keeps_its_length_and_loses_its_author()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Author (Ana \\(Nunez\\)) /Title (Propuesta) >> endobj\n<dc:creator>Ana Nunez</dc:creator>\n%%EOF");
        var copy = BlindCopy.Of(pdf, ".pdf");
        Assert.Equal(pdf.Length, copy.Length);
        var text = Encoding.ASCII.GetString(copy);
        Assert.DoesNotContain("Nunez", text, StringComparison.Ordinal);
        Assert.Contains("/Title (Propuesta)", text, StringComparison.Ordinal);
    }

    private static byte[] Segment(byte marker, string payload)
    {
        var body = Encoding.Latin1.GetBytes(payload);
        return [0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)((body.Length + 2) & 0xFF), .. body];
    }

    private static byte[] Chunk(string type, string data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var body = Encoding.Latin1.GetBytes(data);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)body.Length);
        // The copy keeps chunks byte for byte, so the checksum's value does not matter here.
        byte[] crc = [0xA1, 0xB2, 0xC3, 0xD4];
        return [.. length, .. typeBytes, .. body, .. crc];
    }
}
