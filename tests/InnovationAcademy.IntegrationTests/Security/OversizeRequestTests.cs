using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// Through Kestrel itself (the test server has no body limits): a body over the limit answers 413 with a page that
/// says what was too large and the limit — it once answered "404 Página no encontrada".
/// </summary>
public sealed class OversizeRequestTests : IAsyncLifetime
{
    private readonly AcademySiteFactory _site = new("academy-demo");
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _site.UseKestrel(0);
        _site.StartServer();
        var address = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_upload_over_the_servers_limit_answers_413_with_the_limit_in_words()
    {
        var token = await TokenAsync();
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("a@b.localhost"), "Email" } };
        content.Add(new ByteArrayContent(new byte[31 * 1024 * 1024]), "file", "grande.pdf");
        var answer = await PostAsync(content);
        Assert.Contains("30 MB", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_field_over_its_limit_answers_413_and_says_so()
    {
        var token = await TokenAsync();
        using var content = new FormUrlEncodedContent([new("Email", "a@b.localhost"), new("Password", new string('x', 5_000_000)), new("__RequestVerificationToken", token)]);
        var answer = await PostAsync(content);
        Assert.Contains("supera lo que admite", answer, StringComparison.Ordinal);
    }

    private async Task<string> TokenAsync()
    {
        var page = await SiteClient.ParseAsync(await _http.GetAsync("/account/login"));
        return page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task<string> PostAsync(HttpContent content)
    {
        // As browsers may: the server can refuse before the body is sent, so the answer is read, not a broken pipe.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = content };
        request.Headers.ExpectContinue = true;
        var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var answer = await SiteClient.ParseAsync(response);
        Assert.Equal("413", answer.QuerySelector(".status-code")!.TextContent.Trim());
        var text = answer.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("no encontrada", text, StringComparison.Ordinal);
        return text;
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
