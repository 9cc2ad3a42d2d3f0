using System.IO.Compression;

namespace InnovationAcademy.Assignments.Services;

/// <summary>A kind of file learners may hand in, as its content proves it.</summary>
internal sealed record SubmissionFileType(string Extension, string ContentType);

/// <summary>
/// Tells PDF, DOCX, PPTX, PNG and JPEG apart by their bytes, whatever the file is called: a renamed executable is
/// refused, a PDF called "trabajo.docx" is stored as a PDF.
/// </summary>
internal static class SubmissionFileTypes
{
    public static readonly SubmissionFileType Pdf = new(".pdf", "application/pdf");
    public static readonly SubmissionFileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly SubmissionFileType Pptx = new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly SubmissionFileType Png = new(".png", "image/png");
    public static readonly SubmissionFileType Jpeg = new(".jpg", "image/jpeg");

    public static SubmissionFileType? Detect(byte[] content)
    {
        ReadOnlySpan<byte> head = content;
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? OfficeDocument(content) : null;
    }

    /// <summary>A ZIP is a Word or PowerPoint document only if it holds the part that makes it one.</summary>
    private static SubmissionFileType? OfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? Docx
                : zip.GetEntry("ppt/presentation.xml") is not null ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
