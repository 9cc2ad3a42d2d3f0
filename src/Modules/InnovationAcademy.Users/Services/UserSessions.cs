using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>A person's active sessions: listed on the profile, ended one by one or all at once.</summary>
internal sealed class UserSessions(AcademyDbContext db, UserManager<AcademyUser> users, TimeProvider clock)
{
    public sealed record Entry(string Id, string UserAgent, string IpAddress, DateTime CreatedUtc, DateTime LastSeenUtc, bool Current);

    /// <summary>The key of the session this request belongs to, if it is signed in through the session store.</summary>
    public static async Task<string?> CurrentKeyAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return result.Properties?.Items.TryGetValue(SessionTicketStore.SessionKeyProperty, out var key) == true ? key : null;
    }

    public async Task<IReadOnlyList<Entry>> ListAsync(string userId, string? currentKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.Set<UserSession>().AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresUtc > now)
            .Select(s => new { s.Id, s.UserAgent, s.IpAddress, s.CreatedUtc, s.LastSeenUtc })
            .ToListAsync(cancellationToken);
        return [.. sessions
            .Select(s => new Entry(s.Id, s.UserAgent, s.IpAddress, s.CreatedUtc, s.LastSeenUtc, s.Id == currentKey))
            .OrderByDescending(s => s.Current).ThenByDescending(s => s.LastSeenUtc)];
    }

    /// <summary>Ends one of the person's own sessions; false when it is not theirs or already ended.</summary>
    public async Task<bool> EndAsync(string userId, string sessionId, CancellationToken cancellationToken) =>
        await db.Set<UserSession>().Where(s => s.UserId == userId && s.Id == sessionId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// Ends every session of the person (on every device and node) and changes the security stamp, so that a cookie
    /// issued before sessions were kept on the server is refused too.
    /// </summary>
    public async Task<int> EndAllAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var ended = await db.Set<UserSession>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        // A sign-in link sent before is a way in too.
        await db.Set<SignInLink>().Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        return ended;
    }
}
