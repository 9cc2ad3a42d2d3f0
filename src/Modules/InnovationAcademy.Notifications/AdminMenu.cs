using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Notifications;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new MenuItem(T["E-mail outbox"], "/admin/outbox", 80, Permissions.ViewOutbox));
        }
    }
}
