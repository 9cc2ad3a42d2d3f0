using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit, lock and delete users", "Users");
    public static readonly Permission ViewUsers = new("ViewUsers", "See the list of users", "Users") { ImpliedBy = [ManageUsers] };
    public static readonly Permission ManageRoles = new("ManageRoles", "Create roles and grant permissions", "Users");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ViewUsers, ManageRoles];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageUsers, ManageRoles]),
        new(RoleNames.CourseAdministrator, [ViewUsers]),
    ];
}
