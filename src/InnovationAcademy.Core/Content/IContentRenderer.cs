namespace InnovationAcademy.Core.Content;

/// <summary>Turns text written by users into HTML that is safe to show to others.</summary>
public interface IContentRenderer
{
    /// <summary>Markdown rendered with Markdig, then sanitized: no script, handler, javascript: URL or foreign frame survives.</summary>
    string RenderMarkdown(string markdown);

    /// <summary>Sanitizes HTML that did not come from Markdown.</summary>
    string Sanitize(string html);
}
