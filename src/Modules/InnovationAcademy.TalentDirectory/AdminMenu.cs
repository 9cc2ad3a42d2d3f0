using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.TalentDirectory;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new MenuItem(T["Talent directory"], "/admin/talent", 18, Permissions.ManageTalentDirectory));
        }
    }
}
