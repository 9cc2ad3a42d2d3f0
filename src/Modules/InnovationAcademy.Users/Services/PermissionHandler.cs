using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace InnovationAcademy.Users.Services;

/// <summary>Grants a permission when one of the user's roles holds it (or a permission implying it). Administrators hold all.</summary>
internal sealed class PermissionHandler(RolePermissions rolePermissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = RolePermissions.RolesOf(context.User).ToList();
        if (roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }

        var granted = await rolePermissions.GetAllAsync();
        var accepted = requirement.Permission.ImpliedBy.Select(p => p.Name).Append(requirement.Permission.Name).ToList();
        if (roles.Any(role => granted.TryGetValue(role, out var names) && accepted.Any(names.Contains)))
        {
            context.Succeed(requirement);
        }
    }
}
