using System.Globalization;
using System.Text.RegularExpressions;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Core.Settings;

/// <summary>A footer link as the settings keep it: what it says and where it goes.</summary>
public sealed record FooterLink(string Label, string Url);

/// <summary>
/// The lab's identity on its pages (Orchard's theme settings, kept small): the rules for its colour, logo and footer
/// links, shared by the settings form, the recipe step and the layout.
/// </summary>
public static partial class SiteIdentity
{
    public const int MaxFooterLinks = 8;

    /// <summary>White text on the colour (buttons) must reach WCAG AA's 4.5:1.</summary>
    public const double MinContrast = 4.5;

    public static bool IsColour(string? value) => value is not null && Colour().IsMatch(value);

    /// <summary>The contrast of white text on <paramref name="hex"/> ("#rrggbb"), from 1 to 21.</summary>
    public static double ContrastWithWhite(string hex)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var r = int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>The footer links, or the number of the first line that is not "Label | http(s) address or /path".</summary>
    public static (IReadOnlyList<FooterLink> Links, int? BadLine) ParseLinks(string? text)
    {
        var links = new List<FooterLink>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var bar = lines[i].LastIndexOf('|');
            var label = bar > 0 ? lines[i][..bar].Trim() : "";
            var url = bar > 0 ? lines[i][(bar + 1)..].Trim() : "";
            var onSite = url.StartsWith('/') && LocalUrl.OrHome(url) == url && !url.Any(char.IsWhiteSpace);
            if (label.Length is 0 or > 80 || !(WebLinks.IsWebAddress(url) || onSite) || links.Count == MaxFooterLinks)
            {
                return (links, i + 1);
            }

            links.Add(new FooterLink(label, url));
        }

        return (links, null);
    }

    [GeneratedRegex("^#[0-9a-f]{6}\\z")]
    private static partial Regex Colour();
}
