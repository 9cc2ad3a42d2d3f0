using AngleSharp.Dom;

namespace InnovationAcademy.IntegrationTests;

/// <summary>
/// A course's administration page shows what the other modules hold for the course — enrolment, quizzes, the final
/// assignment, the certificate — each as a card with its own links, only for those who may use them and only while
/// the module is on. Before, the course editor knew nothing of them and an administrator had to know the addresses.
/// </summary>
public sealed class CourseEditorPartsTests(CourseEditorPartsTests.Site site) : IClassFixture<CourseEditorPartsTests.Site>
{
    /// <summary>The sample MOOC: enrolments, quizzes, a final assignment and certificates.</summary>
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    private const string Course = "/admin/courses/innovacion-publica-y-social";

    [Fact]
    public async Task An_administrator_sees_every_part_with_its_state_and_links_and_each_link_opens()
    {
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var page = await admin.GetPageAsync(Course);

        var cards = Cards(page);
        Assert.Equal(["Inscripción", "Cuestionarios", "Trabajo final", "Certificado"], cards.Keys);
        Assert.Matches(@"\d+ participantes? inscritos?", cards["Inscripción"].TextContent);
        Assert.Matches(@"\d+ cuestionarios? · \d+ listos? para participantes", cards["Cuestionarios"].TextContent);
        Assert.Contains("por 22 horas", cards["Certificado"].TextContent, StringComparison.Ordinal);

        var links = page.QuerySelectorAll(".course-parts a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"{Course}/enrollments/settings", links);
        Assert.Contains($"{Course}/questions", links);
        Assert.Contains($"{Course}/certificate", links);
        foreach (var link in links.Where(l => !l.EndsWith(".zip", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task An_editor_sees_only_the_parts_her_role_may_open()
    {
        using var editor = site.CreateSiteClient();
        await editor.SignInAsync("editor@academy.localhost", AcademySiteFactory.DemoPassword);
        var page = await editor.GetPageAsync(Course);

        Assert.Equal(["Cuestionarios"], Cards(page).Keys);
        Assert.Contains(page.QuerySelectorAll(".course-parts a"), a => a.GetAttribute("href") == $"{Course}/questions");
    }

    private static Dictionary<string, IElement> Cards(IDocument page) =>
        page.QuerySelectorAll(".course-parts .panel").ToDictionary(p => p.QuerySelector("h3")!.TextContent.Trim());
}
