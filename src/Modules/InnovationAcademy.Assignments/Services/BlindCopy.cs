using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace InnovationAcademy.Assignments.Services;

/// <summary>
/// A copy of a handed-in file for a blind grader, without the metadata that names its author: the document
/// properties of Word and PowerPoint files, and the author fields of a PDF (blanked in place, so that the
/// PDF's byte offsets stay valid), and the text and Exif metadata of images.
/// </summary>
internal static partial class BlindCopy
{
    public static byte[] Of(byte[] content, string extension) => extension switch
    {
        ".docx" or ".pptx" => WithoutOfficeProperties(content),
        ".pdf" => WithoutPdfAuthor(content),
        ".jpg" => WithoutJpegMetadata(content),
        ".png" => WithoutPngMetadata(content),
        _ => content,
    };

    private static byte[] WithoutOfficeProperties(byte[] content)
    {
        using var source = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                // core.xml holds creator and lastModifiedBy; app.xml the company.
                if (entry.FullName is "docProps/core.xml" or "docProps/app.xml" or "docProps/custom.xml")
                {
                    continue;
                }

                var target = copy.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var from = entry.Open();
                using var to = target.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static byte[] WithoutPdfAuthor(byte[] content)
    {
        // Latin-1 maps every byte to one char and back, so replacing chars keeps every offset.
        var text = Encoding.Latin1.GetString(content);
        text = PdfAuthor().Replace(text, m => m.Groups[1].Value + new string(' ', m.Groups[2].Length) + m.Groups[3].Value);
        text = XmpCreator().Replace(text, m => m.Groups[1].Value + new string(' ', m.Groups[2].Length) + m.Groups[3].Value);
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A JPEG without its APP1 (Exif, XMP), APP13 (IPTC) and comment segments, where cameras and editors write names.</summary>
    private static byte[] WithoutJpegMetadata(byte[] content)
    {
        using var output = new MemoryStream(content.Length);
        output.Write(content, 0, 2);
        var i = 2;
        while (i + 4 <= content.Length && content[i] == 0xFF)
        {
            var marker = content[i + 1];
            if (marker == 0xDA)
            {
                break; // Start of scan: the image data runs to the end.
            }

            var length = (content[i + 2] << 8) | content[i + 3];
            if (length < 2 || i + 2 + length > content.Length)
            {
                return content; // Not a JPEG this reader understands: leave it whole rather than break it.
            }

            if (marker is not (0xE1 or 0xED or 0xFE))
            {
                output.Write(content, i, 2 + length);
            }

            i += 2 + length;
        }

        output.Write(content, i, content.Length - i);
        return output.ToArray();
    }

    /// <summary>A PNG without its text and Exif chunks (tEXt, zTXt, iTXt, eXIf), where authors' names are written.</summary>
    private static byte[] WithoutPngMetadata(byte[] content)
    {
        using var output = new MemoryStream(content.Length);
        output.Write(content, 0, 8);
        var i = 8;
        while (i + 12 <= content.Length)
        {
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(i, 4));
            if (length < 0 || i + 12 + length > content.Length)
            {
                return content;
            }

            var type = Encoding.ASCII.GetString(content, i + 4, 4);
            if (type is not ("tEXt" or "zTXt" or "iTXt" or "eXIf"))
            {
                output.Write(content, i, 12 + length);
            }

            i += 12 + length;
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"(/(?:Author|Creator|Producer)\s*\()((?:\\.|[^\\)])*)(\))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PdfAuthor();

    [GeneratedRegex(@"(<dc:creator>)([\s\S]*?)(</dc:creator>)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex XmpCreator();
}
