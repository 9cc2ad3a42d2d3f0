using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Users;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Audit;

/// <summary>
/// The detail of an audit entry as an English sentence with its values kept apart ("version {0} by {1}"), so the
/// trail reads in each reader's language: the sentence is a translation key, names and reasons stay as written,
/// numbers are written the reader's way and words of the platform (a status, "unlimited") are translated.
/// </summary>
public sealed class AuditNote
{
    private AuditNote(string template, IReadOnlyList<AuditValue> values)
    {
        Template = template;
        Values = values;
    }

    public string Template { get; }

    public IReadOnlyList<AuditValue> Values { get; }

    /// <summary>A sentence whose holes take <paramref name="values"/>: strings as written, numbers as numbers, <see cref="Word"/> as translated words.</summary>
    public static AuditNote Say(string template, params object?[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        return new AuditNote(template, values.Select(AuditValue.From).ToList());
    }

    /// <summary>One of two sentences by a count, the count being <c>{0}</c> ("1 question", "{0} questions").</summary>
    public static AuditNote Counted(long count, string one, string other, params object?[] more) =>
        Say(count == 1 ? one : other, [count, .. more]);

    /// <summary>Text a person wrote or a name of data (a reason, a file name), kept as written.</summary>
    public static AuditNote Data(string text) => Say("{0}", text);

    /// <summary>A word or phrase of the platform's interface, shown translated.</summary>
    public static AuditValue Word(string englishText) => new(englishText, AuditValueKind.Word);

    /// <summary>A list of the platform's words (roles, permissions), each shown translated, joined by commas.</summary>
    public static AuditValue Words(IEnumerable<string> englishTexts) => new(string.Join(AuditValue.ListSeparator, englishTexts), AuditValueKind.Words);

    /// <summary>A time zone, shown as its place in the reader's language ("Quito y Guayaquil"), never as its IANA id.</summary>
    public static AuditValue Zone(string timeZoneId) => new(timeZoneId, AuditValueKind.TimeZone);

    /// <summary>A formatting region such as es-PE, shown as its country's name.</summary>
    public static AuditValue Region(string regionId) => new(regionId, AuditValueKind.Region);

    /// <summary>The sentence in English, as kept for search and for exports.</summary>
    public string English()
    {
        try
        {
            return string.Format(CultureInfo.InvariantCulture, Template, Values.Select(v => (object)v.Plain).ToArray());
        }
        catch (FormatException)
        {
            return string.Join(" · ", [Template, .. Values.Select(v => v.Plain)]);
        }
    }

    /// <summary>The sentence in the reader's language, its numbers written the reader's way.</summary>
    public string In(IStringLocalizer localizer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Render(key => localizer.GetString(key).Value, (key, args) => localizer.GetString(key, args).Value, culture);
    }

    /// <inheritdoc cref="In(IStringLocalizer, CultureInfo)"/>
    public string In(IHtmlLocalizer localizer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Render(key => localizer.GetString(key).Value, (key, args) => localizer.GetString(key, args).Value, culture);
    }

    // Words are looked up without formatting: a role a lab named "Mentoras {0}" is a word, not a sentence with holes.
    private string Render(Func<string, string> word, Func<string, object[], string> sentence, CultureInfo culture)
    {
        try
        {
            var values = Values.Select(v => (object)v.For(culture, CultureInfo.CurrentUICulture, word)).ToArray();
            return sentence(Template, values);
        }
        catch (FormatException)
        {
            // A sentence whose holes do not match its values (a row edited by hand) still shows what it holds.
            return English();
        }
    }

    /// <summary>The values as kept, within <paramref name="maxLength"/>: the longest value is shortened until they fit, so what is kept still reads.</summary>
    internal string ValuesJson(int maxLength = 4000)
    {
        var values = Values.ToArray();
        var json = JsonSerializer.Serialize(values, AuditNoteJson.Default.AuditValueArray);
        while (json.Length > maxLength && values.Length > 0)
        {
            var longest = Array.IndexOf(values, values.MaxBy(v => v.Text.Length));
            var text = values[longest].Text;
            values[longest] = values[longest] with { Text = text[..(text.Length * 3 / 4)] + "…" };
            json = JsonSerializer.Serialize(values, AuditNoteJson.Default.AuditValueArray);
        }

        return json;
    }

    /// <summary>The note kept with an entry, or null when the entry predates notes (its details are then plain English).</summary>
    public static AuditNote? Of(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.DetailsTemplate is null)
        {
            return null;
        }

        IReadOnlyList<AuditValue>? values = null;
        try
        {
            values = entry.DetailsValues is null ? [] : JsonSerializer.Deserialize(entry.DetailsValues, AuditNoteJson.Default.IReadOnlyListAuditValue);
        }
        catch (JsonException)
        {
            return null;
        }

        return new AuditNote(entry.DetailsTemplate, values ?? []);
    }
}

public enum AuditValueKind
{
    Text,
    Number,
    Word,
    Words,
    TimeZone,
    Region,
}

/// <summary>One value in an audit sentence. Numbers are kept in invariant form.</summary>
public readonly record struct AuditValue(string Text, AuditValueKind Kind)
{
    private const int MaxLength = 1000;

    // Between the words of a list as kept: a permission's description may itself hold a comma.
    internal const string ListSeparator = "\n";

    /// <summary>The value as kept, a list's words joined by commas.</summary>
    [JsonIgnore]
    public string Plain => Kind == AuditValueKind.Words ? Text.Replace(ListSeparator, ", ", StringComparison.Ordinal) : Text;

    internal static AuditValue From(object? value) => value switch
    {
        null => new AuditValue("", AuditValueKind.Text),
        AuditValue v => v,
        string s => new AuditValue(Isolated(s.Length <= MaxLength ? s : s[..MaxLength]), AuditValueKind.Text),
        int or long or short or decimal or double or float => new AuditValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, AuditValueKind.Number),
        Enum e => new AuditValue(e.ToString(), AuditValueKind.Word),
        IFormattable f => new AuditValue(f.ToString(null, CultureInfo.InvariantCulture), AuditValueKind.Text),
        _ => new AuditValue(value.ToString() ?? "", AuditValueKind.Text),
    };

    // A name ending in a right-to-left override would turn the rest of the sentence ("…, by admin") around: the
    // direction controls are dropped from what a person typed.
    private static string Isolated(string text) =>
        text.AsSpan().IndexOfAny(DirectionControls) < 0 ? text : string.Concat(text.Where(c => !DirectionControls.Contains(c)));

    private static readonly System.Buffers.SearchValues<char> DirectionControls = System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The value for a reader who formats as <paramref name="culture"/> and reads <paramref name="language"/>; <paramref name="translate"/> turns a word into theirs.</summary>
    public string For(CultureInfo culture, CultureInfo language, Func<string, string> translate)
    {
        ArgumentNullException.ThrowIfNull(translate);
        return Kind switch
        {
            AuditValueKind.Number when decimal.TryParse(Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
                => n == decimal.Truncate(n) ? n.ToString("N0", culture) : n.ToString("#,0.##", culture),
            AuditValueKind.Word => translate(Text),
            AuditValueKind.Words => string.Join(", ", Text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries).Select(translate)),
            AuditValueKind.TimeZone => TimeZoneChoices.PlaceOf(Text, language),
            AuditValueKind.Region => FormattingRegions.NameOf(Text, language),
            _ => Text,
        };
    }
}

[JsonSerializable(typeof(IReadOnlyList<AuditValue>))]
[JsonSerializable(typeof(AuditValue[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
internal sealed partial class AuditNoteJson : JsonSerializerContext;
