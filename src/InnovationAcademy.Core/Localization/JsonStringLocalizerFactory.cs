using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using InnovationAcademy.Core.Modules;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Localization;

/// <summary>
/// Interface text is written in English in the code; each module ships <c>Localization/{culture}.json</c>
/// (embedded) mapping that English text to its translation. All modules' files merge into one dictionary
/// per culture, so a view or service asks for text without knowing which module translated it.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public JsonStringLocalizerFactory(ModuleCatalog catalog)
    {
        var assemblies = catalog.Modules.Select(m => m.Assembly).OfType<Assembly>().Append(typeof(JsonStringLocalizerFactory).Assembly).Distinct();
        var merged = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
            {
                var culture = resource[..^".json".Length].Split('.')[^1];
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                    ?? throw new InvalidOperationException($"{resource} is empty.");
                if (!merged.TryGetValue(culture, out var target))
                {
                    merged[culture] = target = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var (key, value) in entries)
                {
                    target[key] = value;
                }
            }
        }

        _byCulture = merged.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(this);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(this);

    internal string? Translate(string name, CultureInfo culture)
    {
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (_byCulture.TryGetValue(current.Name, out var entries) && entries.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    internal IEnumerable<LocalizedString> All(CultureInfo culture) =>
        _byCulture.TryGetValue(culture.TwoLetterISOLanguageName, out var entries)
            ? entries.Select(e => new LocalizedString(e.Key, e.Value))
            : [];

    private sealed class JsonStringLocalizer(JsonStringLocalizerFactory factory) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                var value = factory.Translate(name, CultureInfo.CurrentUICulture);
                return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => factory.All(CultureInfo.CurrentUICulture);
    }
}
