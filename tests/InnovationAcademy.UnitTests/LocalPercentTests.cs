using System.Globalization;
using InnovationAcademy.Core.Localization;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class LocalPercentTests
{
    [Theory]
    [InlineData("es-PE", 75, "75\u00A0%")]
    [InlineData("es-PE", 66.7, "66.7\u00A0%")]
    [InlineData("es-EC", 66.7, "66,7\u00A0%")]
    [InlineData("en", 75, "75%")]
    [InlineData("en", 66.7, "66.7%")]
    public void Percentages_are_written_as_the_page_language_writes_them(string culture, double percent, string expected) =>
        Assert.Equal(expected, LocalPercent.Text((decimal)percent, CultureInfo.GetCultureInfo(culture)));
}
