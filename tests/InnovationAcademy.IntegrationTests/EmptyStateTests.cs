namespace InnovationAcademy.IntegrationTests;

/// <summary>A new site without courses: every list of the learning modules says so, in Spanish, instead of showing nothing.</summary>
public sealed class EmptyStateTests : IDisposable
{
    private readonly AcademySiteFactory _site = new();

    [Fact]
    public async Task Learners_and_course_administrators_see_what_to_do_when_lists_are_empty()
    {
        using var learner = _site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal("Aún no estás en ningún curso. Ver los cursos", Empty(await learner.GetPageAsync("/my/courses")));
        Assert.StartsWith("Aún no has hecho ninguna pregunta.", Empty(await learner.GetPageAsync("/my/enquiries")), StringComparison.Ordinal);

        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.StartsWith("Aún no hay cursos.", Empty(await manager.GetPageAsync("/admin/enrollments")), StringComparison.Ordinal);
        Assert.Equal("No hay preguntas esperando respuesta.", Empty(await manager.GetPageAsync("/admin/enquiries")));
        Assert.Equal("Aún no se ha respondido ninguna pregunta.", Empty(await manager.GetPageAsync("/admin/enquiries?status=answered")));
        Assert.StartsWith("Aún no hay cursos. Crea primero un curso", Empty(await manager.GetPageAsync("/admin/quizzes")), StringComparison.Ordinal);
        Assert.StartsWith("Aún no hay cursos con trabajo final.", Empty(await manager.GetPageAsync("/admin/assignments")), StringComparison.Ordinal);
    }

    private static string Empty(AngleSharp.Dom.IDocument page) =>
        string.Join(' ', page.QuerySelector("main .empty")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _site.Dispose();
}
