using System.Text;

namespace InnovationAcademy.Core.Text;

/// <summary>
/// Text files people upload (CSV lists, meeting tools' attendance exports), in whatever encoding their spreadsheet
/// saved: UTF-8 with or without a byte-order mark, UTF-16 as "Unicode text", or Windows-1252 as spreadsheets in
/// Spanish save plain CSV.
/// </summary>
public static class UploadedText
{
    static UploadedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file as text. Bytes that are not valid UTF-8 are read as Windows-1252, which maps every byte.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
