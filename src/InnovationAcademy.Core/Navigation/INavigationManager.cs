using System.Security.Claims;

namespace InnovationAcademy.Core.Navigation;

public interface INavigationManager
{
    /// <summary>The menu's items from enabled modules that <paramref name="user"/> may see, in position order.</summary>
    Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
