using QRCoder;
using SkiaSharp;

namespace InnovationAcademy.Certificates.Services;

/// <summary>The words the foot of a certificate prints in its language.</summary>
internal sealed record FooterLabels(string Verify, string Code, string IssuedOn);

/// <summary>
/// Draws a certificate on an A4 landscape page: the template's lines centred in the upper part, and at the foot a
/// QR code of the verification address, the address itself and the code. The same drawing makes the PDF (text kept
/// as text, fonts embedded) and the PNG preview administrators see while editing a template.
/// </summary>
internal static class CertificateRenderer
{
    public const float PageWidth = 842;
    public const float PageHeight = 595;

    private const float Margin = 48;
    private const float FooterHeight = 108;
    private const float TextWidth = PageWidth - (2 * Margin) - 40;

    private static readonly SKColor Ink = new(0x1f, 0x29, 0x37);
    private static readonly SKColor Accent = new(0x0b, 0x5c, 0xad);
    private static readonly SKColor Muted = new(0x55, 0x60, 0x6e);

    public static byte[] Pdf(IReadOnlyList<LayoutLine> lines, CertificateFields fields, FooterLabels labels, byte[]? logo)
    {
        using var output = new SKDynamicMemoryWStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{fields.Title} — {fields.LearnerName}",
            Author = fields.IssuerName,
            Subject = $"{labels.Code} {fields.Code}",
            Creator = fields.IssuerName,
            Producer = "Innovation Academy",
            Creation = fields.IssuedUtc,
            Modified = fields.IssuedUtc,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            Draw(canvas, lines, fields, labels, logo);
            document.EndPage();
            document.Close();
        }

        using var data = output.DetachAsData();
        return data.ToArray();
    }

    /// <summary>The page as a PNG, <paramref name="width"/> pixels wide.</summary>
    public static byte[] Png(IReadOnlyList<LayoutLine> lines, CertificateFields fields, FooterLabels labels, byte[]? logo, int width = 1123)
    {
        var scale = width / PageWidth;
        using var surface = SKSurface.Create(new SKImageInfo(width, (int)Math.Round(PageHeight * scale)));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        Draw(canvas, lines, fields, labels, logo);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<LayoutLine> lines, CertificateFields fields, FooterLabels labels, byte[]? logo)
    {
        using var frame = new SKPaint { Color = Accent, IsStroke = true, StrokeWidth = 3, IsAntialias = true };
        canvas.DrawRect(new SKRect(20, 20, PageWidth - 20, PageHeight - 20), frame);
        frame.StrokeWidth = 0.8f;
        canvas.DrawRect(new SKRect(27, 27, PageWidth - 27, PageHeight - 27), frame);

        using var logoImage = logo is null ? null : SKImage.FromEncodedData(logo);
        var blocks = lines.Select(line => Block.Of(line, fields, logoImage)).ToList();
        var available = PageHeight - Margin - FooterHeight - Margin;
        var natural = blocks.Sum(b => b.Height(1));
        var scale = natural <= available ? 1 : Math.Max(0.55f, available / natural);
        var y = Margin + Math.Max(0, (available - blocks.Sum(b => b.Height(scale))) / 2);
        foreach (var block in blocks)
        {
            block.Draw(canvas, y, scale);
            y += block.Height(scale);
        }

        DrawFooter(canvas, fields, labels);
    }

    private static void DrawFooter(SKCanvas canvas, CertificateFields fields, FooterLabels labels)
    {
        const float qrSize = 78;
        var top = PageHeight - Margin - qrSize + 6;
        DrawQr(canvas, fields.VerifyUrl, new SKRect(Margin, top, Margin + qrSize, top + qrSize));

        using var paint = new SKPaint { Color = Muted, IsAntialias = true };
        using var font = new SKFont(CertificateFonts.Regular, 9.5f);
        using var bold = new SKFont(CertificateFonts.Bold, 11);
        var x = Margin + qrSize + 14;
        canvas.DrawText($"{labels.Verify}: {fields.VerifyUrl}", x, top + 22, SKTextAlign.Left, font, paint);
        paint.Color = Ink;
        canvas.DrawText($"{labels.Code}: {fields.Code}", x, top + 42, SKTextAlign.Left, bold, paint);
        paint.Color = Muted;
        canvas.DrawText($"{labels.IssuedOn}: {fields.IssuedOnText}", x, top + 60, SKTextAlign.Left, font, paint);
    }

    /// <summary>The QR code as filled squares: sharp when printed, read by any phone camera.</summary>
    private static void DrawQr(SKCanvas canvas, string url, SKRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = area.Width / matrix.Count;
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Length; column++)
            {
                if (!matrix[row][column])
                {
                    continue;
                }

                // One rectangle per horizontal run keeps the PDF small.
                var start = column;
                while (column + 1 < matrix[row].Length && matrix[row][column + 1])
                {
                    column++;
                }

                canvas.DrawRect(new SKRect(area.Left + (start * module), area.Top + (row * module), area.Left + ((column + 1) * module), area.Top + ((row + 1) * module)), dark);
            }
        }
    }

    /// <summary>One template line, measured and wrapped to the page's width.</summary>
    private sealed class Block
    {
        private readonly LayoutLine _line;
        private readonly CertificateFields _fields;
        private readonly SKImage? _logo;

        private Block(LayoutLine line, CertificateFields fields, SKImage? logo) => (_line, _fields, _logo) = (line, fields, logo);

        public static Block Of(LayoutLine line, CertificateFields fields, SKImage? logo) => new(line, fields, logo);

        public float Height(float scale) => _line.Kind switch
        {
            LayoutKind.Gap => 10 * scale,
            LayoutKind.Logo => _logo is null ? 0 : 64 * scale,
            LayoutKind.Signature => 62 * scale,
            _ => Wrap(scale).Count * LineHeight(scale),
        };

        public void Draw(SKCanvas canvas, float top, float scale)
        {
            const float centre = PageWidth / 2;
            switch (_line.Kind)
            {
                case LayoutKind.Gap:
                    return;
                case LayoutKind.Logo:
                    if (_logo is not null)
                    {
                        var height = 54 * scale;
                        var width = Math.Min(240 * scale, height * _logo.Width / Math.Max(1, _logo.Height));
                        var fitted = Math.Min(height, width * _logo.Height / Math.Max(1, _logo.Width));
                        canvas.DrawImage(_logo, new SKRect(centre - (width / 2), top, centre + (width / 2), top + fitted), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                    }

                    return;
                case LayoutKind.Signature:
                    DrawSignature(canvas, top, scale);
                    return;
            }

            using var paint = new SKPaint { Color = _line.Kind is LayoutKind.Title or LayoutKind.Heading ? Accent : Ink, IsAntialias = true };
            using var font = Font(scale);
            var y = top;
            foreach (var text in Wrap(scale))
            {
                y += LineHeight(scale);
                canvas.DrawText(text, centre, y - (LineHeight(scale) * 0.28f), SKTextAlign.Center, font, paint);
            }
        }

        private void DrawSignature(SKCanvas canvas, float top, float scale)
        {
            const float centre = PageWidth / 2;
            using var line = new SKPaint { Color = Muted, StrokeWidth = 0.8f, IsAntialias = true };
            canvas.DrawLine(centre - 110, top + (22 * scale), centre + 110, top + (22 * scale), line);
            using var paint = new SKPaint { Color = Ink, IsAntialias = true };
            using var name = new SKFont(CertificateFonts.Bold, 12 * scale);
            using var title = new SKFont(CertificateFonts.Regular, 10.5f * scale);
            canvas.DrawText(_fields.SignatoryName, centre, top + (38 * scale), SKTextAlign.Center, name, paint);
            paint.Color = Muted;
            canvas.DrawText(_fields.SignatoryTitle, centre, top + (53 * scale), SKTextAlign.Center, title, paint);
        }

        private float LineHeight(float scale) => Size(scale) * 1.35f;

        private float Size(float scale) => scale * _line.Kind switch
        {
            LayoutKind.Title => 34,
            LayoutKind.Heading => 28,
            LayoutKind.Subheading => 18,
            _ => 14,
        };

        private SKFont Font(float scale) =>
            new(_line.Kind is LayoutKind.Text ? CertificateFonts.Regular : CertificateFonts.Bold, Size(scale));

        private List<string> Wrap(float scale)
        {
            using var font = Font(scale);
            var lines = new List<string>();
            var current = "";
            foreach (var word in _line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font)))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && font.MeasureText(candidate) > TextWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            return lines.Count == 0 ? [""] : lines;
        }

        /// <summary>A word wider than the page (a name typed without spaces) is cut where it must be, never drawn past the frame.</summary>
        private static IEnumerable<string> Pieces(string word, SKFont font)
        {
            while (font.MeasureText(word) > TextWidth && word.Length > 1)
            {
                var length = word.Length - 1;
                while (length > 1 && font.MeasureText(word[..length]) > TextWidth)
                {
                    length--;
                }

                yield return word[..length];
                word = word[length..];
            }

            yield return word;
        }
    }
}
