using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments;

internal sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new MenuItem(T["Enrolments"], "/admin/enrollments", 11, Permissions.ManageEnrollments));
            items.Add(new MenuItem(T["Enquiries"], "/admin/enquiries", 12, Permissions.AnswerEnquiries));
        }
    }
}
