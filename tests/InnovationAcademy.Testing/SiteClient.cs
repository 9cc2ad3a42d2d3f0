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
            .Where(f => action is null ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) : f.GetAttribute("action") == action)
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
        return await PostFormAsync(form.GetAttribute("action") ?? pageUrl, values, FindToken(form));
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
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[name]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return await PostFormAsync(action, values);
    }

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
