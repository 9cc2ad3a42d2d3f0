using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Modules;

namespace InnovationAcademy.Notifications.Services;

/// <summary>
/// Liquid e-mail templates that modules embed as <c>Templates/Email/{name}.{culture}.liquid</c>: the first
/// line is the subject, a line <c>---</c> follows, then the plain-text body. The HTML body is made from the
/// text with every value HTML-encoded and web links made clickable, so no value can inject markup.
/// </summary>
public sealed partial class EmailTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, (IFluidTemplate Subject, IFluidTemplate Body)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Assembly Assembly, string Resource)> _resources = new(StringComparer.OrdinalIgnoreCase);
    private readonly TemplateOptions _options = new() { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };

    public EmailTemplates(ModuleCatalog catalog)
    {
        foreach (var assembly in catalog.Modules.Select(m => m.Assembly).OfType<Assembly>())
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                var marker = resource.IndexOf(".Templates.Email.", StringComparison.Ordinal);
                if (marker >= 0 && resource.EndsWith(".liquid", StringComparison.Ordinal))
                {
                    var key = resource[(marker + ".Templates.Email.".Length)..^".liquid".Length];
                    _resources[key] = (assembly, resource);
                }
            }
        }
    }

    public async Task<EmailMessage> RenderAsync(string to, string template, string culture, object model)
    {
        var (subject, body) = Get(template, culture);
        var context = new TemplateContext(model, _options);
        var subjectText = (await subject.RenderAsync(context, NullEncoder.Default)).Trim();
        var text = (await body.RenderAsync(context, NullEncoder.Default)).Trim();
        var html = await body.RenderAsync(context, HtmlEncoder.Default);
        return new EmailMessage(to, subjectText, text, ToHtml(html.Trim()));
    }

    private (IFluidTemplate Subject, IFluidTemplate Body) Get(string template, string culture)
    {
        var key = _resources.ContainsKey($"{template}.{culture}") ? $"{template}.{culture}"
            : _resources.ContainsKey($"{template}.es") ? $"{template}.es"
            : _resources.ContainsKey($"{template}.en") ? $"{template}.en"
            : throw new InvalidOperationException($"No e-mail template '{template}' is installed.");
        return _parsed.GetOrAdd(key, k =>
        {
            var (assembly, resource) = _resources[k];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var source = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var split = source.IndexOf("\n---\n", StringComparison.Ordinal);
            if (split < 0)
            {
                throw new InvalidOperationException($"The e-mail template {resource} needs a subject line, then '---'.");
            }

            return (Parse(source[..split], resource), Parse(source[(split + 5)..], resource));
        });
    }

    private static IFluidTemplate Parse(string source, string resource) =>
        Parser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"The e-mail template {resource} is not valid Liquid: {error}");

    private static string ToHtml(string encodedText)
    {
        var paragraphs = encodedText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<p>" + LinkPattern().Replace(p.Trim().Replace("\n", "<br>", StringComparison.Ordinal), "<a href=\"$0\">$0</a>") + "</p>");
        return "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">" + string.Concat(paragraphs) + "</body></html>";
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
