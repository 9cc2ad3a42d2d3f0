using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>
/// One check for every stored address: an absolute web address, or a file of this site's media. A reading lesson
/// once kept "javascript:alert(1)" (and the lesson API served it); a talent photo "/media/../account/logout?x=" made
/// every visitor's browser sign out.
/// </summary>
public sealed class StoredLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/media/../account/logout?x=")]
    [InlineData("/media/%2e%2e/account/logout")]
    [InlineData("/media/a/b.png")]
    [InlineData("/account/logout")]
    [InlineData("//attacker.invalid/x.png")]
    [InlineData("https://bank.example@attacker.invalid/")]
    [InlineData("https:\\\\attacker.invalid")]
    [InlineData("https://attacker.invalid/\u200Bx")]
    [InlineData("https://attacker.invalid/a b")]
    [InlineData("ftp://files.example/x")]
    public void Addresses_that_run_script_or_leave_the_site_by_a_side_door_are_refused(string address)
    {
        Assert.False(WebLinks.IsWebOrSitePath(address), address);
        Assert.False(WebLinks.IsAllowedImage(address, allowExternal: true), address);
    }

    [Theory]
    [InlineData("https://www.gob.pe/institucion/pcm")]
    [InlineData("http://laboratorio.example/recursos?id=3&lang=es")]
    [InlineData("https://uñasdemariángel.example/")]
    [InlineData("/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.pdf")]
    [InlineData("/media/plantilla-costes.pdf")]
    public void Web_addresses_and_files_of_the_sites_media_are_kept(string address) =>
        Assert.True(WebLinks.IsWebOrSitePath(address), address);

    [Fact]
    public void Images_come_from_the_sites_media_unless_external_images_are_allowed()
    {
        Assert.True(WebLinks.IsAllowedImage("/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.jpg", allowExternal: false));
        Assert.False(WebLinks.IsAllowedImage("/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.pdf", allowExternal: false));
        Assert.False(WebLinks.IsAllowedImage("https://images.example/foto.jpg", allowExternal: false));
        Assert.True(WebLinks.IsAllowedImage("https://images.example/foto.jpg", allowExternal: true));
        Assert.False(WebLinks.IsAllowedImage("http://images.example/foto.jpg", allowExternal: true));
    }

    [Fact]
    public void A_reading_lesson_with_a_script_address_is_refused_at_its_field()
    {
        var lesson = new LessonDefinition("Lectura", "reading", "Texto.", null, null, "", "javascript:alert(1)", 5, null);
        var course = new CourseDefinition("curso", "Curso", "Resumen", "es", 2, [], "", "", null, false, [new ModuleDefinition("Módulo", [lesson])]);
        Assert.Contains(CourseValidator.Validate(course, allowExternalImages: false), e => e.Field == "ResourceUrl");
    }

    [Fact]
    public void A_cover_from_another_site_is_refused_while_external_images_are_off()
    {
        var course = new CourseDefinition("curso", "Curso", "Resumen", "es", 2, [], "", "", "https://images.example/portada.jpg", false, []);
        Assert.Contains(CourseValidator.Validate(course, allowExternalImages: false), e => e.Field == "CoverImageUrl");
        Assert.DoesNotContain(CourseValidator.Validate(course, allowExternalImages: true), e => e.Field == "CoverImageUrl");
        Assert.DoesNotContain(CourseValidator.Validate(course with { CoverImageUrl = "/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.webp" }, allowExternalImages: false), e => e.Field == "CoverImageUrl");
    }

    [Fact]
    public void Markdown_images_from_elsewhere_or_from_site_pages_are_dropped_and_media_images_kept()
    {
        var html = new ContentRenderer().RenderMarkdown(
            "![a](https://attacker.invalid/p.png) ![b](/media/../account/logout) ![c](/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.png) [d](https://www.gob.pe/)");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Equal(["/media/3f2a9c0d1b4e5f60718293a4b5c6d7e8.png"], document.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")));
        Assert.Equal("https://www.gob.pe/", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/media/x.pdf\n")]
    [InlineData("/media/x.pdf\r\n")]
    public void An_address_with_a_line_break_at_its_end_is_refused(string address) => Assert.False(WebLinks.IsSiteMedia(address));

    [Fact]
    public void A_course_language_or_address_with_a_line_break_at_its_end_is_refused()
    {
        var course = new CourseDefinition("curso\n", "Curso", "Resumen", "es\n", 2, [], "", "", null, false, []);
        var errors = CourseValidator.Validate(course, allowExternalImages: false);
        Assert.Contains(errors, e => e.Field == "Language");
        Assert.Contains(errors, e => e.Field == "Slug");
    }

    [Fact]
    public void A_lesson_text_beyond_a_hundred_thousand_characters_is_refused_at_its_field()
    {
        var lesson = new LessonDefinition("Lectura", "reading", new string('a', CourseValidator.MaxTextLength + 1), null, null, "", null, 5, null);
        var course = new CourseDefinition("curso", "Curso", "Resumen", "es", 2, [], "", "", null, false, [new ModuleDefinition("Módulo", [lesson])]);
        Assert.Contains(CourseValidator.Validate(course, allowExternalImages: false), e => e.Field == "Body");
        Assert.DoesNotContain(CourseValidator.Validate(course with { Modules = [new ModuleDefinition("Módulo", [lesson with { Body = "Corto." }])] }, allowExternalImages: false), e => e.Field == "Body");
    }
}
