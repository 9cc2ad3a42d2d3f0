using System.Security.Cryptography;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InnovationAcademy.Core.Web.Forms;

/// <summary>
/// Gives every form sent by POST a key of its own, drawn when the page is drawn: the same form sent twice carries
/// the same key, and <see cref="RepeatedSubmitFilter"/> acts on it once.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormKeyTagHelper : TagHelper
{
    /// <summary>The field's name.</summary>
    public const string FieldName = "__FormKey";

    public override int Order => 1_000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes["method"]?.Value?.ToString() is not { } method || !method.Equals("post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{key}\">");
    }

    /// <summary>A key this helper could have drawn: 22 characters of base64url.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: 22 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
