using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        items.Add(new MenuItem(T["Users"], "/admin/users", 20, Permissions.ViewUsers));
        items.Add(new MenuItem(T["Roles"], "/admin/roles", 21, Permissions.ManageRoles));
    }
}
