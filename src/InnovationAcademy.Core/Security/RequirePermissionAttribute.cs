using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Security;

/// <summary>
/// The permission an action (or every action of a controller) needs, checked on the server before the action runs:
/// <c>[RequirePermission(nameof(Permissions.ManageRecipes))]</c>. Someone signed in without it gets 403; someone
/// anonymous is sent to sign in. Checks that depend on the resource (the course in the address) stay in the action.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permissionName) : Attribute, IAsyncAuthorizationFilter
{
    public string PermissionName { get; } = permissionName;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var services = context.HttpContext.RequestServices;
        var permission = services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).FirstOrDefault(p => p.Name == PermissionName)
            ?? throw new InvalidOperationException($"No module declares the permission '{PermissionName}'.");
        if (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.HttpContext.User, permission))
        {
            return;
        }

        context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true
            ? new StatusCodeResult(StatusCodes.Status403Forbidden)
            : new ChallengeResult();
    }
}
