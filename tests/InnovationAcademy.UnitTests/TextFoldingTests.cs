using InnovationAcademy.Core.Text;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Innovación Pública", "innovacion publica")]
    [InlineData("DISEÑO participación", "diseno participacion")]
    [InlineData("Peluquería Génesis", "peluqueria genesis")]
    [InlineData("", "")]
    [InlineData("ＡＧＲＩＣＵＬＴＵＲＡ", "agricultura")]
    [InlineData("\uFB01nanzas", "finanzas")]
    [InlineData("Tecnolog\u200Bía", "tecnologia")]
    [InlineData("Comercio\u202E", "comercio")]
    [InlineData("Gro\u00DF", "gross")]
    [InlineData("Secto\u0001r", "sector")]
    public void Folding_drops_accents_and_case_as_a_phone_keyboard_would(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Stripping_accents_keeps_the_case() =>
        Assert.Equal("Diseno Publico", TextFolding.StripAccents("Diseño Público"));

    [Theory]
    [InlineData("María José Quispe Ñahui", 60, "maria-jose-quispe-nahui")]
    [InlineData("  Programa 2.0 — Lima/Callao ", 90, "programa-2-0-lima-callao")]
    [InlineData("<script>alert(1)</script>", 90, "script-alert-1-script")]
    [InlineData("Ñandú ñandú ñandú", 11, "nandu-nandu")]
    [InlineData("— ¿? —", 20, "")]
    public void A_slug_is_lower_case_ascii_joined_by_single_hyphens(string text, int max, string slug) =>
        Assert.Equal(slug, TextFolding.Slug(text, max));
}
