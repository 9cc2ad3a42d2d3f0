using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace InnovationAcademy.Assignments.Services;

/// <summary>
/// A copy of a handed-in file for a blind grader, without the metadata that names its author: the document
/// properties of Word and PowerPoint files, and the author fields of a PDF (blanked in place, so that the
/// PDF's byte offsets stay valid). Images are passed as they are.
/// </summary>
public static partial class BlindCopy
{
    public static byte[] Of(byte[] content, string extension) => extension switch
    {
        ".docx" or ".pptx" => WithoutOfficeProperties(content),
        ".pdf" => WithoutPdfAuthor(content),
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

    [GeneratedRegex(@"(/(?:Author|Creator|Producer)\s*\()((?:\\.|[^\\)])*)(\))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PdfAuthor();

    [GeneratedRegex(@"(<dc:creator>)([\s\S]*?)(</dc:creator>)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex XmpCreator();
}
