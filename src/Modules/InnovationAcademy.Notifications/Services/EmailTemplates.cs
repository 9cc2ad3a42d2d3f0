using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Templates;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Notifications.Services;

/// <summary>
/// Liquid e-mail templates that modules embed as <c>Templates/Email/{name}.{culture}.liquid</c>: the first
/// line is the subject, a line <c>---</c> follows, then the plain-text body. The HTML body is made from the
/// text with every value HTML-encoded, so no value can inject markup. Only links the site built (values that are
/// an address on <see cref="SiteAddress"/>) become links; in any other value — text people typed — web addresses
/// are written so that mail programs do not make them links ("evil[.]example"). Templates render in the sandbox.
/// </summary>
internal sealed partial class EmailTemplates
{
    private readonly ConcurrentDictionary<string, (IFluidTemplate Subject, IFluidTemplate Body)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Assembly Assembly, string Resource)> _resources = new(StringComparer.OrdinalIgnoreCase);
    private readonly LiquidSandbox _sandbox;
    private readonly SiteAddress _address;
    private readonly Regex _siteLink;

    public EmailTemplates(ModuleCatalog catalog, SiteAddress address)
    {
        _address = address;
        _siteLink = new Regex(Regex.Escape(address.Origin) + @"(?:/[^\s<>""]*)?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.ValueConverters.Add(value => value switch
        {
            string text => new StringValue(Plain(text)),
            EmailLink link => new StringValue(link.Url),
            _ => null,
        });
        _sandbox = new LiquidSandbox(new LiquidLimits { MaxOutput = 200_000, MaxValue = 100_000, MaxSteps = 20_000 }, options);

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
        // A subject is one line: a value with a line break must not start a header of its own.
        var subjectText = string.Join(' ', (await _sandbox.RenderAsync(subject, _sandbox.Context(model))).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var text = (await _sandbox.RenderAsync(body, _sandbox.Context(model))).Trim();
        var html = await _sandbox.RenderAsync(body, _sandbox.Context(model), HtmlEncoder.Default);
        var chosen = model.GetType().GetProperties().Select(p => p.GetValue(model)).OfType<EmailLink>().Select(l => HtmlEncoder.Default.Encode(l.Url)).ToList();
        return new EmailMessage(to, subjectText, text, ToHtml(html.Trim(), chosen));
    }

    /// <summary>
    /// A link the site built, or a value that is one e-mail address (an owner's reply-to), stays as it is; any other
    /// text has its web addresses defused: schemes taken out until none is left, look-alike dots made plain and then
    /// bracketed, numeric hosts too.
    /// </summary>
    private string Plain(string text)
    {
        if ((text.StartsWith(_address.Origin + "/", StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace)) || WholeEmail().IsMatch(text))
        {
            return text;
        }

        var plain = Hidden().Replace(text, "").Replace('。', '.').Replace('．', '.').Replace('｡', '.');
        for (var previous = ""; previous != plain;)
        {
            previous = plain;
            plain = Scheme().Replace(plain, "");
        }

        return Domain().Replace(plain, "[.]");
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

    private IFluidTemplate Parse(string source, string resource) =>
        _sandbox.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"The e-mail template {resource} is not valid Liquid: {error}");

    private string ToHtml(string encodedText, List<string> chosenLinks)
    {
        var links = chosenLinks.Count == 0
            ? _siteLink
            : new Regex(_siteLink + "|" + string.Join('|', chosenLinks.Select(Regex.Escape)), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var paragraphs = encodedText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<p>" + links.Replace(p.Trim().Replace("\n", "<br>", StringComparison.Ordinal), Anchor) + "</p>");
        return "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">" + string.Concat(paragraphs) + "</body></html>";
    }

    /// <summary>A full stop, comma or bracket that ends a sentence is never part of the link (none of ours ends so).</summary>
    private static string Anchor(Match match)
    {
        var link = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»');
        return $"<a href=\"{link}\">{link}</a>" + match.Value[link.Length..];
    }

    /// <summary>"https://", "http:/", "ftp://" and any other scheme before an address typed by someone.</summary>
    [GeneratedRegex(@"[a-z][a-z0-9+.-]*:/+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    /// <summary>Soft hyphens and zero-width characters, which hide a dot from the eye but not from a mail program.</summary>
    [GeneratedRegex("[\u00AD\u200B-\u200D\u2060\uFEFF]", RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"^[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeEmail();

    /// <summary>A dot before a domain's label ("evil.example", "www.gob.pe") or between a numeric host's parts ("10.0.0.1"): "[.]" there stops auto-linking.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}-])\.(?=\p{L}{2,}\b)|(?<=\b\d{1,3})\.(?=\d{1,3}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
