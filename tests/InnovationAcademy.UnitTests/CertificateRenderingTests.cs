using InnovationAcademy.Certificates.Services;
using UglyToad.PdfPig;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class CertificateRenderingTests
{
    private static CertificateFields Fields(string name) => new(
        name, "Innovación pública y social", 22, new DateOnly(2026, 3, 5), new DateTime(2026, 3, 6, 10, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 6),
        "Laboratorio de Innovación Pública", "Elena Robles Ibáñez", "Directora", "ABCD-EFGH-JKLM-NPQR",
        "https://academia.example/certificates/verify/ABCD-EFGH-JKLM-NPQR", "es");

    [Fact]
    public void Codes_have_80_random_bits_in_a_readable_alphabet_and_are_typed_back_in_any_form()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", code));
        Assert.Equal(32, VerificationCode.Alphabet.Length);
        Assert.Equal("K7QM-3XRT-9PAW-LC4D", VerificationCode.Normalize(" k7qm 3xrt-9paw lc4d "));
        Assert.Null(VerificationCode.Normalize("K7QM-3XRT-9PAW-LC40"));
        Assert.Null(VerificationCode.Normalize("K7QM-3XRT-9PAW"));
        Assert.Null(VerificationCode.Normalize("<script>alert(1)</script>"));
    }

    [Fact]
    public async Task The_default_template_writes_every_field_in_spanish_with_the_date_in_words()
    {
        var (lines, _) = await CertificateTemplates.RenderAsync(null, Fields("María José Quispe Ñahui"));
        Assert.Contains(new LayoutLine(LayoutKind.Heading, "María José Quispe Ñahui"), lines);
        Assert.Contains(new LayoutLine(LayoutKind.Subheading, "Innovación pública y social"), lines);
        Assert.Contains(new LayoutLine(LayoutKind.Text, "con 22 horas de aprendizaje, el 5 de marzo de 2026."), lines);
        Assert.Contains(new LayoutLine(LayoutKind.Signature), lines);
    }

    [Fact]
    public async Task A_name_without_spaces_wider_than_the_page_is_cut_to_stay_inside_the_frame()
    {
        var name = new string('W', 160);
        var fields = Fields(name);
        var pdf = CertificateRenderer.Pdf((await CertificateTemplates.RenderAsync(null, fields)).Lines, fields, CertificateDocuments.Labels("es"), null);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(name.Length, page.Letters.Count(l => l.Value == "W"));
        Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Right, 0, CertificateRenderer.PageWidth - 20));
    }
}
