using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Courses;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCourses = new("ManageCourses", "Create, edit and publish courses", "Courses");

    public IEnumerable<Permission> GetPermissions() => [ManageCourses];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageCourses]),
        new(RoleNames.Editor, [ManageCourses]),
    ];
}
