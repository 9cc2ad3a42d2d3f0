namespace InnovationAcademy.Core.Security;

/// <summary>A module's permissions, and which roles receive them by default (stereotypes).</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}

/// <summary>The permissions a role gets from a module when the role is created by setup.</summary>
public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
