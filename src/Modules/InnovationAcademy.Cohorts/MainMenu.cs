using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts;

/// <summary>The learning journeys in the site's header, and a participant's own journey once they have signed up.</summary>
internal sealed class MainMenu(JourneyMenu journey, IStringLocalizer<MainMenu> T) : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == MenuNames.Main)
        {
            items.Add(new MenuItem(T["Learning journeys"], "/cohorts", 12, null));
            items.Add(new MenuItem(T["My journey"], "/my/journey", 22, null) { SignedInOnly = true, ShownWhen = journey.ShownToAsync });
        }
    }
}
