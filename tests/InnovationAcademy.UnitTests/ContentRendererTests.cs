using AngleSharp.Html.Parser;
using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Testing;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class ContentRendererTests
{
    private readonly ContentRenderer _renderer = new();

    public static TheoryData<string> Hostile => [.. HostileMarkup.Lines];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_markdown_renders_without_script_handlers_or_foreign_frames(string input)
    {
        var html = _renderer.RenderMarkdown(input);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, form, input, meta, base, link, style"));
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} survived: {html}");
                Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("data:text/html", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Ordinary_spanish_text_and_markdown_survive_intact()
    {
        var html = _renderer.RenderMarkdown("## Ñandú\n\nAcción y corazón — «texto» con [un enlace](https://example.org/a?b=1&c=2).");
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("Ñandú", html, StringComparison.Ordinal);
        Assert.Contains("«texto»", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin", "/admin")]
    [InlineData("/", "/")]
    [InlineData("//attacker.invalid", "/")]
    [InlineData("/\\attacker.invalid", "/")]
    [InlineData("https://attacker.invalid", "/")]
    [InlineData(null, "/")]
    public void Return_urls_stay_on_the_site(string? url, string expected) => Assert.Equal(expected, LocalUrl.OrHome(url));
}
