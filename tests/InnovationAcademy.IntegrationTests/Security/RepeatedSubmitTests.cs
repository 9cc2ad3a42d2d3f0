using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// A form sent twice — a double tap on a phone, a second click while the first is on its way, a resend — is acted on
/// once, and both sends land on the same page. Before, adding a module twice made two modules.
/// </summary>
public sealed class RepeatedSubmitTests : IAsyncLifetime
{
    private const string Course = "/admin/courses/ciudad-abierta";
    private readonly AcademySiteFactory _site = new();
    private SiteClient _editor = null!;

    public async Task InitializeAsync()
    {
        _editor = _site.CreateSiteClient();
        await _editor.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var created = await _editor.SubmitFormAsync("/admin/courses/create",
            [new("Slug", "ciudad-abierta"), new("Title", "Ciudad abierta"), new("Summary", "Datos y servicios."), new("Language", "es"), new("Hours", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Fact]
    public async Task The_same_form_sent_at_once_and_again_later_adds_one_module_and_every_send_lands_on_it()
    {
        var (action, fields, token) = await AddModuleFormAsync("Escuchar a la ciudad");

        var sends = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _editor.PostFormAsync(action, fields, token)));
        var again = await _editor.PostFormAsync(action, fields, token);

        Assert.All(sends.Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(sends.Append(again).Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(["Escuchar a la ciudad"], await ModuleTitlesAsync());

        // The same form drawn again is a new form: it adds a second module.
        var (nextAction, nextFields, nextToken) = await AddModuleFormAsync("Probar con la ciudad");
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PostFormAsync(nextAction, nextFields, nextToken)).StatusCode);
        Assert.Equal(["Escuchar a la ciudad", "Probar con la ciudad"], await ModuleTitlesAsync());
    }

    [Fact]
    public async Task Every_posting_form_carries_a_key_of_its_own_each_time_it_is_drawn()
    {
        var first = await _editor.GetPageAsync(Course);
        var second = await _editor.GetPageAsync(Course);
        var forms = first.QuerySelectorAll<IHtmlFormElement>("main form").Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Matches("^[A-Za-z0-9_-]{22}$", KeyOf(f)));
        Assert.Equal(forms.Count, forms.Select(KeyOf).Distinct().Count());
        Assert.Empty(forms.Select(KeyOf).Intersect(second.QuerySelectorAll<IHtmlFormElement>("main form").Select(KeyOf)));
    }

    [Fact]
    public async Task A_form_answered_with_its_errors_runs_again_when_sent_again()
    {
        var page = await _editor.GetPageAsync("/admin/courses/create");
        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var fields = SiteClient.FieldsOf(form).Where(f => f.Key is not ("Slug" or "Title" or "Hours" or "__RequestVerificationToken")).ToList();
        fields.AddRange([new("Slug", "Mal Nombre!"), new("Title", "Mal"), new("Hours", "1")]);
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var answer = await _editor.PostFormAsync("/admin/courses/create", fields, token);
            Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.NotEmpty((await SiteClient.ParseAsync(answer)).QuerySelectorAll(".field-error"));
        }
    }

    public async Task DisposeAsync()
    {
        _editor.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<(string Action, List<KeyValuePair<string, string>> Fields, string Token)> AddModuleFormAsync(string title)
    {
        var page = await _editor.GetPageAsync(Course);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == $"{Course}/modules");
        var fields = SiteClient.FieldsOf(form).Where(f => f.Key is not ("title" or "__RequestVerificationToken")).Append(new("title", title)).ToList();
        return ($"{Course}/modules", fields, form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value);
    }

    private async Task<List<string>> ModuleTitlesAsync() =>
        (await _editor.GetPageAsync(Course)).QuerySelectorAll("div.authoring-row > h3").Select(h => h.TextContent.Trim()).ToList();

    private static string KeyOf(IHtmlFormElement form) => form.QuerySelector<IHtmlInputElement>("input[name=__FormKey]")?.Value ?? "";
}
