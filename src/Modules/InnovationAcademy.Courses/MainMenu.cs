using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Courses.Services;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Courses;

/// <summary>The catalog in the site's header, once there is a course in it (a site of cohorts alone has none).</summary>
internal sealed class MainMenu(CourseCatalog catalog, IStringLocalizer<MainMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Main)
        {
            items.Add(new MenuItem(T["Courses"], "/courses", 10, null) { ShownWhen = (_, cancellationToken) => catalog.HasCoursesAsync(cancellationToken) });
        }
    }
}
