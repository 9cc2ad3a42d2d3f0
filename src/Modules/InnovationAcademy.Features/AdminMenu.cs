using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Features;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new MenuItem(T["Features"], "/admin/features", 70, Permissions.ManageFeatures));
        }
    }
}
