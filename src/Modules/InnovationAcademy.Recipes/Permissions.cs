using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Recipes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes and export the site", "Infrastructure");

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageRecipes])];
}
