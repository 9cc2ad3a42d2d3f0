using System.Security.Claims;
using InnovationAcademy.Core.Home;

namespace InnovationAcademy.Courses.Services;

/// <summary>What the home page lists of the catalog.</summary>
internal sealed record CoursesHomeModel(IReadOnlyList<CourseSummary> Courses, int TotalCount);

/// <summary>The home page's "courses to start": the first of the catalog, and a way to all of it.</summary>
internal sealed class CoursesHomeSection(CourseCatalog catalog) : IHomeSection
{
    private const int Shown = 4;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var page = await catalog.SearchAsync(null, null, null, 1, cancellationToken);
        return page.TotalCount == 0
            ? null
            : new HomeBlock(40, "_HomeCourses", new CoursesHomeModel([.. page.Items.Take(Shown)], page.TotalCount));
    }
}
