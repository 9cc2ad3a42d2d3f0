using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Certificates;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Search and export certificates, issue, re-issue and revoke them, and edit templates and the issuer.</summary>
    public static readonly Permission ManageCertificates = new("ManageCertificates", "Issue, re-issue and revoke certificates; edit their templates and the issuer", "Certificates");

    public IEnumerable<Permission> GetPermissions() => [ManageCertificates];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageCertificates]),
        new(RoleNames.CourseAdministrator, [ManageCertificates]),
    ];
}
