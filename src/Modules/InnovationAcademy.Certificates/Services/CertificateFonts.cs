using SkiaSharp;

namespace InnovationAcademy.Certificates.Services;

/// <summary>
/// The typefaces every certificate embeds, loaded once from this module's own files (DejaVu Sans: Latin with every
/// Spanish letter, Greek, Cyrillic, Arabic and more), never from the machine, so a PDF looks the same on any server.
/// </summary>
internal static class CertificateFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));

    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        var assembly = typeof(CertificateFonts).Assembly;
        using var stream = assembly.GetManifestResourceStream($"{assembly.GetName().Name}.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return SKTypeface.FromData(SKData.CreateCopy(buffer.ToArray()))
            ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}
