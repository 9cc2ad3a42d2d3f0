using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Courses;

/// <summary>The catalog in the site's header.</summary>
internal sealed class MainMenu(IStringLocalizer<MainMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Main)
        {
            items.Add(new MenuItem(T["Courses"], "/courses", 10, null));
        }
    }
}
