using System.Security.Claims;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Home;

namespace InnovationAcademy.Courses.Services;

/// <summary>What the home page lists of the catalog.</summary>
internal sealed record CoursesHomeModel(IReadOnlyList<CourseSummary> Courses, int TotalCount);

/// <summary>
/// The home page's "courses to start": the first of the catalog, and a way to all of it. Signed in, the courses
/// the person has already taken up are left out (they are under "continue where you left off").
/// </summary>
internal sealed class CoursesHomeSection(CourseCatalog catalog, IEnumerable<ILearnerCourses> learnerCourses) : IHomeSection
{
    private const int Shown = 4;

    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var page = await catalog.SearchAsync(null, null, null, 1, cancellationToken);
        var taken = new HashSet<int>();
        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            foreach (var source in learnerCourses)
            {
                taken.UnionWith(await source.TakenAsync(userId, cancellationToken));
            }
        }

        var toStart = page.Items.Where(c => !taken.Contains(c.CourseId)).Take(Shown).ToList();
        return toStart.Count == 0
            ? null
            : new HomeBlock(40, "_HomeCourses", new CoursesHomeModel(toStart, page.TotalCount));
    }
}
