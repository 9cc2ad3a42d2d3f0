using Microsoft.AspNetCore.Authorization;

namespace InnovationAcademy.Core.Security;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
