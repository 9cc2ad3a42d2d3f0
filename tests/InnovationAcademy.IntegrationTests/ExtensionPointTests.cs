using InnovationAcademy.Core.Features;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.IntegrationTests.Quizzes;
using InnovationAcademy.Quizzes.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests;

/// <summary>
/// A switched-off module takes no part in what other modules ask of their extension points: no quiz in the outline or
/// in what completes a course, no quiz brought by a recipe. One Core service decides it, not each module for itself.
/// </summary>
[Trait("Category", "Data")]
public sealed class ExtensionPointTests : IAsyncLifetime
{
    private QuizSite _quizzes = null!;

    public async Task InitializeAsync() => _quizzes = await QuizSite.StartAsync();

    public async Task DisposeAsync() => await _quizzes.DisposeAsync();

    [Fact]
    public async Task With_quizzes_switched_off_the_course_shows_no_quiz_and_a_recipe_brings_none()
    {
        using var learner = await _quizzes.LearnerAsync();
        var course = $"/courses/{QuizSite.Slug}";
        Assert.NotEmpty((await learner.GetPageAsync(course)).QuerySelectorAll("a[href*='/quizzes/']"));

        using var admin = await RecipeTests.AdminAsync(_quizzes.Site);
        Assert.Contains((await admin.GetPageAsync($"/admin/courses/{QuizSite.Slug}")).QuerySelectorAll(".course-parts h3"), h => h.TextContent.Trim() == "Cuestionarios");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PressButtonAsync("/admin/features", "/admin/features/InnovationAcademy.Quizzes/disable")).StatusCode);

        Assert.Empty((await learner.GetPageAsync(course)).QuerySelectorAll("a[href*='/quizzes/']"));
        // Nor a card on the course's administration page.
        Assert.DoesNotContain((await admin.GetPageAsync($"/admin/courses/{QuizSite.Slug}")).QuerySelectorAll(".course-parts h3"), h => h.TextContent.Trim() == "Cuestionarios");
        var (recipeHandlers, requirementProviders) = await _quizzes.Site.WithScopeAsync(async sp =>
        {
            var enabled = sp.GetRequiredService<IEnabledExtensions>();
            var recipe = await enabled.FilterAsync(sp.GetServices<ICourseModuleRecipeHandler>());
            var requirements = await enabled.FilterAsync(sp.GetServices<ICompletionRequirementProvider>());
            return (recipe.Select(h => h.GetType().Assembly.GetName().Name).ToList(), requirements.Select(h => h.GetType().Assembly.GetName().Name).ToList());
        });
        Assert.DoesNotContain("InnovationAcademy.Quizzes", recipeHandlers);
        Assert.DoesNotContain("InnovationAcademy.Quizzes", requirementProviders);

        // A course recipe that carries a quiz, imported while quizzes are off, leaves the quizzes alone.
        var before = await _quizzes.Site.WithDbAsync(db => db.Set<Quiz>().CountAsync());
        var recipe = QuizSite.Recipe().Replace(QuizSite.Slug, "otro-curso-con-cuestionarios", StringComparison.Ordinal)
            .Replace("c1c1c1c1-0000-4000-8000-000000000001", "e1e1e1e1-0000-4000-8000-000000000001", StringComparison.Ordinal)
            .Replace("c2c2c2c2-0000-4000-8000-000000000002", "e2e2e2e2-0000-4000-8000-000000000002", StringComparison.Ordinal)
            .Replace("d1d1d1d1-0000-4000-8000-000000000001", "f1f1f1f1-0000-4000-8000-000000000001", StringComparison.Ordinal)
            .Replace("d2d2d2d2-0000-4000-8000-000000000002", "f2f2f2f2-0000-4000-8000-000000000002", StringComparison.Ordinal);
        var imported = await RecipeTests.UploadAsync(admin, recipe, "otro.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        Assert.Equal(before, await _quizzes.Site.WithDbAsync(db => db.Set<Quiz>().CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PressButtonAsync("/admin/features", "/admin/features/InnovationAcademy.Quizzes/enable")).StatusCode);
        Assert.NotEmpty((await learner.GetPageAsync(course)).QuerySelectorAll("a[href*='/quizzes/']"));
    }
}
