namespace InnovationAcademy.Core.Security;

/// <summary>The permissions of the enabled modules, grouped for the role editor.</summary>
public interface IPermissionCatalog
{
    Task<IReadOnlyList<Permission>> GetPermissionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stereotype of every installed module, for seeding roles at setup.</summary>
    IReadOnlyList<PermissionStereotype> GetStereotypes();
}
