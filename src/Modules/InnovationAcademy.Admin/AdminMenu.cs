using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Admin;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new MenuItem(T["Dashboard"], "/admin", 0, Permissions.AccessAdminPanel));
            items.Add(new MenuItem(T["Audit trail"], "/admin/audit", 90, Permissions.ViewAuditLog));
        }
    }
}
