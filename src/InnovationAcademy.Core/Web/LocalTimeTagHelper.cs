using InnovationAcademy.Core.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// <c>&lt;local-time utc="@entry.CreatedUtc" as="DateTime" with-zone /&gt;</c> writes a stored UTC time in the
/// reader's zone and language as <c>&lt;time datetime="…-05:00"&gt;7 dic 2026, 19:00&lt;/time&gt;</c>; the zone in
/// words is its title, and follows the text with <c>with-zone</c>. No time: a dash.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public DateTime? Utc { get; set; }

    [HtmlAttributeName("as")]
    public TimeStyle As { get; set; } = TimeStyle.DateTime;

    [HtmlAttributeName("with-zone")]
    public bool WithZone { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Utc is not { } utc)
        {
            output.TagName = null;
            output.Content.SetContent("—");
            return;
        }

        var reader = ReaderTime.Of(ViewContext.HttpContext);
        output.TagName = "time";
        output.Attributes.SetAttribute("datetime", reader.MachineText(utc));
        var zone = reader.ZoneText(utc);
        output.Attributes.SetAttribute("title", zone);
        output.Content.SetContent(WithZone ? $"{reader.Text(utc, As)} · {zone}" : reader.Text(utc, As));
    }
}

/// <summary>
/// <c>&lt;times-note /&gt;</c> above a list of times: "Las horas se muestran en hora de Lima (UTC−5)." in the
/// reader's zone and language.
/// </summary>
[HtmlTargetElement("times-note", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TimesNoteTagHelper(IStringLocalizer<ReaderTime> T) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "muted times-note");
        output.Content.SetContent(T["Times are shown in {0}.", ReaderTime.Of(ViewContext.HttpContext).ZoneText()]);
    }
}
