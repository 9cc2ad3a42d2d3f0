using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace InnovationAcademy.Core.Security;

public static class AuthorizationServiceExtensions
{
    /// <summary>Whether <paramref name="user"/> holds <paramref name="permission"/> (through a role).</summary>
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission)
    {
        var result = await service.AuthorizeAsync(user, null, new PermissionRequirement(permission));
        return result.Succeeded;
    }
}
