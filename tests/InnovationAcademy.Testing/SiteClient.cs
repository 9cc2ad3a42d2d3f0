using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace InnovationAcademy.Testing;

/// <summary>
/// Talks to the site as a browser without JavaScript does: it reads a page, fills the form's fields
/// (antiforgery token included) and posts it.
/// </summary>
public sealed class SiteClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}{Describe(response, body)}");
        return await Parser.ParseDocumentAsync(body);
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, finds the form posting to <paramref name="action"/> (or the first
    /// form), overrides its fields with <paramref name="fields"/> and posts it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var page = await GetPageAsync(pageUrl);
        // Without an action: the page's own form in <main>, not the header's sign-out form.
        // A page may have a search form (GET) and a posting form with the same action: this posts, so it takes the latter.
        var form = page.QuerySelectorAll<IHtmlFormElement>(action is null ? "main form" : "form")
            .Where(f => action is null ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) : ActionOf(f) == action)
            .OrderByDescending(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No form for {action ?? "post"} on {pageUrl}.");
        var values = new List<KeyValuePair<string, string>>();
        var overridden = fields.ToList();
        var names = overridden.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (names.Contains(input.Name!) || input.Type is "submit" or "file")
            {
                continue;
            }

            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked)
                {
                    values.Add(new(input.Name!, input.Value));
                }

                continue;
            }

            values.Add(new(input.Name!, input.Value));
        }

        foreach (var textArea in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Where(t => !names.Contains(t.Name!)))
        {
            values.Add(new(textArea.Name!, textArea.Value));
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]").Where(s => !names.Contains(s.Name!)))
        {
            values.Add(new(select.Name!, select.Value ?? ""));
        }

        values.AddRange(overridden);
        return await PostFormAsync(ActionOf(form) ?? pageUrl, values, FindToken(form));
    }

    /// <summary>
    /// The fields a browser without JavaScript sends for <paramref name="form"/> when <paramref name="submitter"/> is
    /// pressed (HTML's form data set): enabled named controls only, checked boxes and radios, every selected option of a
    /// select, text areas with CRLF line breaks, no files, and the pressed button's own name and value if it has one.
    /// </summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, IHtmlElement? submitter = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            if (element.HasAttribute("disabled") || element.GetAttribute("name") is not { Length: > 0 } name || element.Closest("fieldset[disabled]") is not null)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "image" or "button" or "reset":
                    if (input == submitter)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "file":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlButtonElement button:
                    if (button == submitter)
                    {
                        fields.Add(new(name, button.Value));
                    }

                    break;
                case IHtmlSelectElement select:
                    var options = select.Options.Where(o => o.IsSelected && !o.IsDisabled).ToList();
                    if (options.Count == 0 && !select.IsMultiple && select.Options.FirstOrDefault(o => !o.IsDisabled) is { } first)
                    {
                        options.Add(first);
                    }

                    fields.AddRange(options.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value.ReplaceLineEndings("\r\n")));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The button a person presses to save <paramref name="form"/>: its primary button, else its first submit button.</summary>
    public static IHtmlElement? SaveButtonOf(IHtmlFormElement form) =>
        form.QuerySelector<IHtmlElement>("button.button-primary, input[type=submit].button-primary")
        ?? form.QuerySelector<IHtmlElement>("button:not([type]), button[type=submit], input[type=submit]");

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, finds the form posting to <paramref name="action"/> (by default the page's own
    /// address) and saves it exactly as shown, as a person pressing its save button without changing anything does;
    /// multipart when the form says so. <paramref name="ticked"/> are what a person must confirm on every save (a consent box).
    /// </summary>
    public async Task<HttpResponseMessage> SaveUnchangedAsync(string pageUrl, string? action = null, IEnumerable<KeyValuePair<string, string>>? ticked = null)
    {
        action ??= pageUrl;
        var form = (await GetPageAsync(pageUrl)).QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && ActionOf(f) == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        var fields = FieldsOf(form, SaveButtonOf(form));
        var extra = (ticked ?? []).ToList();
        fields.RemoveAll(f => extra.Any(e => e.Key == f.Key));
        fields.AddRange(extra);
        if (!string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await PostFormAsync(action, fields);
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await Http.PostAsync(action, content);
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, fills the form posting to <paramref name="action"/> as shown, overrides
    /// <paramref name="fields"/>, chooses <paramref name="file"/> for the file field <paramref name="fileField"/> and
    /// posts it as multipart, as a browser does.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitWithFileAsync(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields, string fileField, byte[] file, string fileName)
    {
        var form = (await GetPageAsync(pageUrl)).QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && ActionOf(f) == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        Assert.Equal("multipart/form-data", form.Enctype);
        Assert.NotNull(form.QuerySelector($"input[type=file][name='{fileField}']"));
        var overridden = fields.ToList();
        var values = FieldsOf(form, SaveButtonOf(form));
        values.RemoveAll(v => overridden.Any(o => o.Key == v.Key));
        values.AddRange(overridden);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        return await Http.PostAsync(action, content);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> values, string? token = null)
    {
        var list = values.ToList();
        if (token is not null && list.All(v => v.Key != "__RequestVerificationToken"))
        {
            list.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(list);
        return await Http.PostAsync(url, content);
    }

    /// <summary>Posts a form that has no fields but its token (a button form such as sign-out or disable).</summary>
    public async Task<HttpResponseMessage> PressButtonAsync(string pageUrl, string action)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => ActionOf(f) == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[name]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return await PostFormAsync(action, values);
    }

    /// <summary>Where a form posts, without the fragment a browser keeps only to scroll the answer (never sent).</summary>
    private static string? ActionOf(IElement form) => form.GetAttribute("action")?.Split('#')[0];

    public async Task SignInAsync(string email, string password)
    {
        var response = await SubmitFormAsync("/account/login", [new("Email", email), new("Password", password)], "/account/login");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} failed: {(int)response.StatusCode}{Describe(response, body)}");
    }

    /// <summary>Uploads a recipe at /admin/recipes, as an administrator does, and runs it.</summary>
    public async Task<HttpResponseMessage> UploadRecipeAsync(byte[] bytes, string fileName)
    {
        var page = await GetPageAsync("/admin/recipes");
        var token = page.QuerySelector("form[action='/admin/recipes/upload'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Add(file, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await Http.PostAsync("/admin/recipes/upload", content);
    }

    /// <summary>Presses "Enrol" on the course page, as a signed-in learner does.</summary>
    public async Task EnrolAsync(string slug)
    {
        var response = await PressButtonAsync($"/courses/{slug}", $"/courses/{slug}/enrol");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();

    private static string? FindToken(IElement form) =>
        form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;

    private static string Describe(HttpResponseMessage response, string body)
    {
        var location = response.Headers.Location is { } l ? $" → {l}" : "";
        var errors = Parser.ParseDocument(body).QuerySelectorAll(".field-validation-error, .validation-summary-errors, .notice-error")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
        var text = string.Join(" | ", errors);
        return location + (text.Length > 0 ? $" ({text})" : "");
    }
}
