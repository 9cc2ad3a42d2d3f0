using System.Security.Claims;
using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Audit;

internal sealed class AuditLog(AcademyDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string subject, string? details = null)
    {
        var user = httpContextAccessor.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Action = action,
            Subject = Truncate(subject, 300),
            Details = details is null ? null : Truncate(details, 4000),
            ActorId = signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            ActorName = signedIn ? user!.Identity!.Name : "system",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
