using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;

namespace InnovationAcademy.Core.Security;

internal sealed class PermissionCatalog(
    IEnumerable<IPermissionProvider> providers,
    ModuleCatalog modules,
    IFeatureManager features) : IPermissionCatalog
{
    public async Task<IReadOnlyList<Permission>> GetPermissionsAsync(CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        return providers
            .Where(p => modules.FindByType(p.GetType()) is not { } module || enabled.Contains(module.Id))
            .SelectMany(p => p.GetPermissions())
            .DistinctBy(p => p.Name)
            .ToList();
    }

    public IReadOnlyList<PermissionStereotype> GetStereotypes() =>
        providers.SelectMany(p => p.GetDefaultStereotypes()).ToList();
}
