using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Admin;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Reach the admin dashboard", "Admin");
    public static readonly Permission ViewAuditLog = new("ViewAuditLog", "Read the audit trail", "Admin");

    public IEnumerable<Permission> GetPermissions() => [AccessAdminPanel, ViewAuditLog];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [AccessAdminPanel, ViewAuditLog]),
        new(RoleNames.CourseAdministrator, [AccessAdminPanel, ViewAuditLog]),
        new(RoleNames.Editor, [AccessAdminPanel]),
        new(RoleNames.Facilitator, [AccessAdminPanel]),
    ];
}
