using System.Security.Claims;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace InnovationAcademy.Core.Navigation;

internal sealed class NavigationManager(
    IEnumerable<INavigationProvider> providers,
    ModuleCatalog modules,
    IFeatureManager features,
    IAuthorizationService authorization) : INavigationManager
{
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var items = new List<MenuItem>();
        foreach (var provider in providers)
        {
            if (modules.FindByType(provider.GetType()) is { } module && !enabled.Contains(module.Id))
            {
                continue;
            }

            provider.BuildNavigation(menuName, items);
        }

        var visible = new List<MenuItem>(items.Count);
        foreach (var item in items.OrderBy(i => i.Position))
        {
            if (item.SignedInOnly && user.Identity?.IsAuthenticated != true)
            {
                continue;
            }

            if ((item.Permission is null || await authorization.AuthorizeAsync(user, item.Permission))
                && (item.ShownWhen is null || await item.ShownWhen(user, cancellationToken)))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
