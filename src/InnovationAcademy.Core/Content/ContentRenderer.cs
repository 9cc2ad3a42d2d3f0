using Ganss.Xss;
using InnovationAcademy.Core.Web;
using Markdig;

namespace InnovationAcademy.Core.Content;

internal sealed class ContentRenderer : IContentRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string RenderMarkdown(string markdown) => Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public string Sanitize(string html) => _sanitizer.Sanitize(html ?? "");

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();

        // Only web and mail links: javascript:, data: and the like are dropped with their attribute.
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedCssProperties.Clear();

        // Images, sound and video in texts come from this site's media only: an image from elsewhere tells its server
        // who reads what, and an address on this site that is not a media file ("/account/logout") is a request
        // every reader's browser would make.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.TagName is "IMG" or "SOURCE" or "VIDEO" or "AUDIO" or "TRACK" && !WebLinks.IsSiteMedia(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }
}
