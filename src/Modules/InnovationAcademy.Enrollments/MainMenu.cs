using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments;

internal sealed class MainMenu(IStringLocalizer<MainMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Main)
        {
            items.Add(new MenuItem(T["My courses"], "/my/courses", 20, null) { SignedInOnly = true });
        }
    }
}
