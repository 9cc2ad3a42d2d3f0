using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Notifications;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewOutbox = new("ViewOutbox", "See sent and pending e-mail", "E-mail");

    public IEnumerable<Permission> GetPermissions() => [ViewOutbox];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ViewOutbox])];
}
