using System.Net.Http.Headers;
using System.Text;

namespace InnovationAcademy.IntegrationTests;

/// <summary>Uploads are checked by extension, size and content; files are served with their type and byte ranges.</summary>
[Trait("Category", "Data")]
public sealed class MediaTests : IAsyncLifetime
{
    private readonly AcademySiteFactory _site = new();
    private SiteClient _editor = null!;

    public async Task InitializeAsync()
    {
        _editor = _site.CreateSiteClient();
        await _editor.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
    }

    [Fact]
    public async Task A_video_is_uploaded_and_served_with_range_requests()
    {
        var video = new byte[4096];
        byte[] header = [0, 0, 0, 0x18, .. "ftypmp42"u8];
        header.CopyTo(video, 0);
        for (var i = 12; i < video.Length; i++)
        {
            video[i] = (byte)(i % 251);
        }

        var response = await UploadAsync(video, "clase 1.mp4");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await _editor.GetPageAsync("/admin/media");
        var url = list.QuerySelector("table a[href^='/media/']")!.GetAttribute("href")!;
        Assert.Contains("clase 1.mp4", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        using var visitor = _site.CreateSiteClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var partial = await visitor.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("video/mp4", partial.Content.Headers.ContentType!.MediaType);
        Assert.Equal(video[100..200], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(4096, partial.Content.Headers.ContentRange!.Length);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/media/..%2F..%2Fappsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/media/00000000000000000000000000000000.mp4")).StatusCode);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>", "pagina.mp4", "mp4")]
    [InlineData("MZ\u0090\0", "programa.exe", ".webm")]
    [InlineData("", "vacio.pdf", "")]
    public async Task Files_that_are_not_what_they_claim_are_refused_with_a_reason(string content, string name, string expected)
    {
        var response = await UploadAsync(Encoding.UTF8.GetBytes(content), name);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await SiteClient.ParseAsync(response)).QuerySelector("#media-error")!.TextContent;
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Empty((await _editor.GetPageAsync("/admin/media")).QuerySelectorAll("table a[href^='/media/']"));
    }

    [Fact]
    public async Task Deleting_asks_first_and_then_removes_the_file()
    {
        await UploadAsync([.. "WEBVTT\n\n00:00.000 --> 00:01.000\nHola"u8], "subtitulos.vtt");
        var list = await _editor.GetPageAsync("/admin/media");
        var url = list.QuerySelector("table a[href^='/media/']")!.GetAttribute("href")!;
        var confirm = list.QuerySelector("table a[href$='/delete']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await _editor.Http.GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PressButtonAsync(confirm, confirm)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Learners_cannot_upload()
    {
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/media")).StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string fileName)
    {
        var page = await _editor.GetPageAsync("/admin/media");
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await _editor.Http.PostAsync("/admin/media", content);
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
