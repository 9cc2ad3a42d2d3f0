using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task A_videos_length_is_read_from_its_file_and_a_lesson_using_it_takes_its_minutes()
    {
        // An MP4 whose movie header says 53 seconds (time scale 1000, duration 53 000), as cameras and editors write it.
        var video = Mp4(timeScale: 1000, duration: 53_000);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(video, "señales.mp4")).StatusCode);
        var url = (await _editor.GetPageAsync("/admin/media")).QuerySelector("table a[href^='/media/']")!.GetAttribute("href")!;

        await _editor.SubmitFormAsync("/admin/courses/create", [new("Title", "Clips"), new("Language", "es"), new("Hours", "1")]);
        await _editor.SubmitFormAsync("/admin/courses/clips", [new("title", "Uno")], "/admin/courses/clips/modules");
        var form = await _editor.GetPageAsync("/admin/courses/clips/modules/0/lessons/new?kind=video");
        Assert.Contains(form.QuerySelectorAll("#media-videos option"), o => o.GetAttribute("value") == url && o.TextContent.Contains("0:53", StringComparison.Ordinal));

        var added = await _editor.SubmitFormAsync("/admin/courses/clips/modules/0/lessons/new?kind=video",
            [new("Title", "Señales"), new("Minutes", "4"), new("VideoUrl", url), new("Transcript", "Lo que se dice en el clip.")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var outline = await _editor.GetPageAsync("/admin/courses/clips");
        Assert.Contains("1 min", outline.QuerySelector(".authoring-row small")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The smallest MP4 that states a length: a file-type box, then a movie box with its header.</summary>
    private static byte[] Mp4(uint timeScale, uint duration)
    {
        static byte[] Box(string type, byte[] content) =>
            [.. BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)(content.Length + 8))), .. Encoding.ASCII.GetBytes(type), .. content];
        static byte[] BigEndian(uint value) => BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value));
        byte[] header = [0, 0, 0, 0, .. BigEndian(0), .. BigEndian(0), .. BigEndian(timeScale), .. BigEndian(duration), .. new byte[80]];
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]), .. Box("moov", Box("mvhd", header)), .. Box("mdat", new byte[512])];
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

/// <summary>The "Media" recipe step brings files with known addresses, from base64 or from beside the recipe file.</summary>
public sealed class MediaRecipeTests : IDisposable
{
    private const string Captions = "aaaaaaaabbbbbbbbccccccccdddddddd.vtt";
    private readonly AcademySiteFactory _site = new();

    [Fact]
    public async Task Files_arrive_at_their_stored_names_and_bad_ones_name_the_file()
    {
        using var admin = await RecipeTests.AdminAsync(_site);
        var vtt = Convert.ToBase64String("WEBVTT\n\n00:00.000 --> 00:02.000\nBienvenida"u8.ToArray());
        var ok = await RecipeTests.UploadAsync(admin, $$"""{ "name": "m", "steps": [ { "name": "Media", "files": [ { "name": "bienvenida.vtt", "storedName": "{{Captions}}", "base64": "{{vtt}}" } ] } ] }""", "m.recipe.json");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var served = await _site.CreateSiteClient().Http.GetAsync("/media/" + Captions);
        Assert.Equal("text/vtt", served.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("Bienvenida", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var html = Convert.ToBase64String("<html></html>"u8.ToArray());
        var bad = await RecipeTests.UploadAsync(admin, $$"""{ "name": "m", "steps": [ { "name": "Media", "files": [ { "name": "video.mp4", "base64": "{{html}}" } ] } ] }""", "bad.recipe.json");
        Assert.Contains("file 1 (video.mp4): the content is not of the type its name says", (await SiteClient.ParseAsync(bad)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);

        var byPath = await RecipeTests.UploadAsync(admin, """{ "name": "m", "steps": [ { "name": "Media", "files": [ { "name": "x.vtt", "path": "media/x.vtt" } ] } ] }""", "path.recipe.json");
        Assert.Contains("cannot read files by \"path\"", (await SiteClient.ParseAsync(byPath)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_recipe_reads_files_beside_it_and_nothing_outside_its_folder()
    {
        var folder = Directory.CreateTempSubdirectory("ia-recipe-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "media"));
        await File.WriteAllTextAsync(Path.Combine(folder, "media", "ok.vtt"), "WEBVTT\n");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(folder)!, "outside.vtt"), "WEBVTT\n");
        var file = Path.Combine(folder, "shipped.recipe.json");

        await File.WriteAllTextAsync(file, """{ "name": "s", "steps": [ { "name": "Media", "files": [ { "name": "ok.vtt", "path": "media/ok.vtt" } ] } ] }""");
        await _site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Core.Recipes.IRecipeExecutor>().ExecuteAsync(await Core.Recipes.RecipeReader.ReadFileAsync(file));
            return true;
        });

        await File.WriteAllTextAsync(file, """{ "name": "s", "steps": [ { "name": "Media", "files": [ { "name": "x.vtt", "path": "../outside.vtt" } ] } ] }""");
        var error = await Assert.ThrowsAsync<Core.Recipes.RecipeException>(() => _site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Core.Recipes.IRecipeExecutor>().ExecuteAsync(await Core.Recipes.RecipeReader.ReadFileAsync(file));
            return true;
        }));
        Assert.Contains("no file \"../outside.vtt\" beside the recipe", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
        File.Delete(Path.Combine(Path.GetDirectoryName(folder)!, "outside.vtt"));
    }

    public void Dispose() => _site.Dispose();
}
