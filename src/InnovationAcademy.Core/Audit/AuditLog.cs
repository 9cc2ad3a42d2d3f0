using System.Security.Claims;
using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Audit;

internal sealed class AuditLog(AcademyDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string subject, AuditNote? note = null) => Add(action, subject, note, platformName: false);

    public void RecordBy(string actorId, string actorName, string action, string subject, AuditNote? note = null) =>
        Add(action, subject, note, platformName: false, (actorId, actorName));

    public void RecordOnPlatformPart(string action, string partName, AuditNote? note = null) => Add(action, partName, note, platformName: true);

    private void Add(string action, string subject, AuditNote? note, bool platformName, (string Id, string Name)? actor = null)
    {
        var user = httpContextAccessor.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Action = action,
            Subject = Truncate(subject, 300),
            Details = note is null ? null : Truncate(note.English(), 4000),
            DetailsTemplate = note is null ? null : Truncate(note.Template, 400),
            DetailsValues = note?.ValuesJson(4000),
            SubjectIsPlatformName = platformName,
            ActorId = actor?.Id ?? (signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null),
            ActorName = actor?.Name ?? (signedIn ? user!.Identity!.Name : "system"),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
