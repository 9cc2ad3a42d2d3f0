using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace InnovationAcademy.Testing;

/// <summary>Pictures as phones and cameras make them (with EXIF), and ones made to hurt a decoder.</summary>
public static class TestPictures
{
    public static byte[] Jpeg(int width, int height) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png);

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
    public static byte[] WithExif(byte[] jpeg, ushort orientation, string comment)
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
    public static byte[] PngHeader(int width, int height)
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
