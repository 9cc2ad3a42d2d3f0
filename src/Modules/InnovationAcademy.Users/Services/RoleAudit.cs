using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Users.Services;

/// <summary>Audit entries about a role: the platform's own roles are named in the reader's language, others as their administrators wrote them.</summary>
internal static class RoleAudit
{
    public static void RecordRole(this IAuditLog audit, string action, string roleName, AuditNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (RoleNames.LabelKey(roleName) is { } label)
        {
            audit.RecordOnPlatformPart(action, label, note);
        }
        else
        {
            audit.Record(action, roleName, note);
        }
    }
}
