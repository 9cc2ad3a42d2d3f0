using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory;

internal sealed class MainMenu(IStringLocalizer<MainMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Main)
        {
            items.Add(new MenuItem(T["Talent directory"], "/talent", 15, null));
        }
    }
}
