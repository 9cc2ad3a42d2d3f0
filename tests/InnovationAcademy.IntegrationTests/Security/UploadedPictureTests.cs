using System.Text;
using InnovationAcademy.IntegrationTests.TalentDirectory;
using InnovationAcademy.Testing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// Pictures that visitors see come from the site's own media, uploaded by the people who own them: an entrepreneur's
/// photo, a course's cover. What is published is redrawn, so a phone photo's place and device never reach a visitor.
/// </summary>
[Trait("Category", "Data")]
public sealed class UploadedPictureTests : IAsyncLifetime
{
    private const string Owner = "alumna@academy.localhost";
    private const string Secret = "GPS -12.1136 -77.0125 Surquillo, Galaxy A14";
    private TalentSite _talent = null!;

    public async Task InitializeAsync() => _talent = await TalentSite.StartAsync();

    public async Task DisposeAsync() => await _talent.DisposeAsync();

    [Fact]
    public async Task An_entrepreneur_uploads_her_photo_and_visitors_get_it_without_where_it_was_taken()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        var photo = TestPictures.WithExif(TestPictures.Jpeg(2400, 1800), orientation: 6, Secret);

        var saved = await owner.SubmitWithFileAsync("/my/talent", "/my/talent", [new("Consent", "true")], "Photo", photo, "IMG_2041.jpg");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var address = (await _talent.ProfileOfAsync(Owner))!.PhotoUrl!;
        Assert.Matches("^/media/[0-9a-f]{32}\\.webp$", address);
        var page = await owner.GetPageAsync("/my/talent");
        Assert.Equal(address, page.QuerySelector("img.photo-preview")!.GetAttribute("src"));
        Assert.Equal("Peluquería Génesis", page.QuerySelector("input[name=BusinessName]")!.GetAttribute("value"));

        using var visitor = _talent.Site.CreateSiteClient();
        var served = await visitor.Http.GetAsync(address);
        Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain("GPS", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        using var shown = SKBitmap.Decode(bytes);
        Assert.Equal((1200, 1600), (shown.Width, shown.Height));

        // A new photo replaces the old one, which is no longer served; removing it leaves no photo behind.
        var replaced = await owner.SubmitWithFileAsync("/my/talent", "/my/talent", [new("Consent", "true")], "Photo", TestPictures.Png(300, 300), "logo.png");
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var second = (await _talent.ProfileOfAsync(Owner))!.PhotoUrl!;
        Assert.NotEqual(address, second);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(address)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitFormAsync("/my/talent", [new("RemovePhoto", "true"), new("Consent", "true")], "/my/talent")).StatusCode);
        Assert.Null((await _talent.ProfileOfAsync(Owner))!.PhotoUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(second)).StatusCode);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "foto.jpg", "Elige una imagen JPEG, PNG o WebP")]
    [InlineData("GIF89a", "animada.gif", "Elige una imagen JPEG, PNG o WebP")]
    public async Task Anything_but_a_picture_is_refused_at_the_photo_field_and_the_typed_fields_stay(string content, string name, string message)
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);

        var refused = await owner.SubmitWithFileAsync("/my/talent", "/my/talent", [new("Description", "Ahora también uñas."), new("Consent", "true")], "Photo", Encoding.UTF8.GetBytes(content), name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await SiteClient.ParseAsync(refused);
        Assert.StartsWith(message, page.QuerySelector("#Photo-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ahora también uñas.", page.QuerySelector("textarea[name=Description]")!.TextContent.Trim());
        Assert.NotEqual("Ahora también uñas.", (await _talent.ProfileOfAsync(Owner))!.Description);
    }

    [Fact]
    public async Task A_picture_that_would_decode_into_gigabytes_is_refused()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);

        var refused = await owner.SubmitWithFileAsync("/my/talent", "/my/talent", [new("Consent", "true")], "Photo", TestPictures.PngHeader(7_000, 7_000), "bomba.png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("demasiados píxeles", (await SiteClient.ParseAsync(refused)).QuerySelector("#Photo-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await _talent.ProfileOfAsync(Owner))!.PhotoUrl);
    }

    [Fact]
    public async Task A_refused_form_keeps_no_picture_online_and_asks_for_it_again()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        var before = await _talent.Site.WithDbAsync(db => db.Set<Media.Models.MediaFile>().CountAsync());

        var refused = await owner.SubmitWithFileAsync("/my/talent", "/my/talent",
            [new("DisplayName", "Génesis Blanco"), new("City", "Lima"), new("Consent", "")], "Photo", TestPictures.Jpeg(800, 600), "foto.jpg");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await SiteClient.ParseAsync(refused);
        Assert.StartsWith("Vuelve a elegir la imagen", page.QuerySelector("#Photo-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Consent-error"));
        Assert.Equal(before, await _talent.Site.WithDbAsync(db => db.Set<Media.Models.MediaFile>().CountAsync()));
    }

    [Fact]
    public async Task A_moderator_who_removes_a_photo_or_the_profile_takes_the_picture_offline()
    {
        using var owner = await _talent.SignedInAsync(Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitWithFileAsync("/my/talent", "/my/talent", [new("Consent", "true")], "Photo", TestPictures.Jpeg(600, 600), "foto.jpg")).StatusCode);
        var profile = (await _talent.ProfileOfAsync(Owner))!;
        using var visitor = _talent.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync(profile.PhotoUrl)).StatusCode);

        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        var review = await gestora.GetPageAsync($"/admin/talent/{profile.Id}");
        Assert.Equal(profile.PhotoUrl, review.QuerySelector("img.photo-preview")!.GetAttribute("src"));
        var edit = $"/admin/talent/{profile.Id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync(edit, [new("RemovePhoto", "true"), new("Consent", "true")], edit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(profile.PhotoUrl)).StatusCode);

        // A photo the team uploads goes with the profile when the profile is deleted.
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitWithFileAsync(edit, edit, [new("Consent", "true")], "Photo", TestPictures.Png(400, 400), "logo.png")).StatusCode);
        var teamPhoto = (await _talent.ProfileOfAsync(Owner))!.PhotoUrl!;
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync(teamPhoto)).StatusCode);
        var delete = $"/admin/talent/{profile.Id}/delete";
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.PressButtonAsync(delete, delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(teamPhoto)).StatusCode);
    }

    [Fact]
    public async Task An_editor_gives_a_course_a_cover_from_the_course_form()
    {
        using var editor = await _talent.SignedInAsync("editor@academy.localhost");
        var created = await editor.SubmitWithFileAsync("/admin/courses/create", "/admin/courses/create",
            [new("Slug", "datos-abiertos"), new("Title", "Datos abiertos"), new("Summary", "Publicar y usar datos."), new("Language", "es"), new("Hours", "4")],
            "Cover", Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "portada.jpg");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("Elige una imagen JPEG, PNG o WebP", (await SiteClient.ParseAsync(created)).QuerySelector(".field-error:not(:empty)")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync("/admin/courses/create",
            [new("Slug", "datos-abiertos"), new("Title", "Datos abiertos"), new("Summary", "Publicar y usar datos."), new("Language", "es"), new("Hours", "4")], "/admin/courses/create")).StatusCode);
        const string slug = "/admin/courses/datos-abiertos";
        var saved = await editor.SubmitWithFileAsync(slug, slug, [], "Details.Cover", TestPictures.WithExif(TestPictures.Jpeg(3200, 1800), orientation: 1, Secret), "portada.jpg");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cover = (await editor.GetPageAsync(slug)).QuerySelector("img.cover-preview")!.GetAttribute("src")!;
        Assert.Matches("^/media/[0-9a-f]{32}\\.webp$", cover);
        var bytes = await editor.Http.GetByteArrayAsync(cover);
        Assert.DoesNotContain("GPS", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        using var shown = SKBitmap.Decode(bytes);
        Assert.Equal((1600, 900), (shown.Width, shown.Height));
    }
}
