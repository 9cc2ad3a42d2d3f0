using System.Security.Claims;
using System.Security.Cryptography;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Keeps sign-in tickets in the database and only their key in the cookie, so that signing out, "sign out everywhere"
/// and ending a session from the profile take effect on the server at once, on every node.
/// </summary>
internal sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The ticket property that names its own session, so pages can tell the current one.</summary>
    public const string SessionKeyProperty = "academy.session";

    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(5);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null, default);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreAsync(ticket, null, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        ticket.Properties.Items[SessionKeyProperty] = key;
        var now = clock.GetUtcNow().UtcDateTime;
        var userAgent = httpContext?.Request.Headers.UserAgent.ToString() ?? "";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        // Sign-ins are rare next to page views: a good moment to forget sessions that ran out.
        await db.Set<UserSession>().Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        db.Set<UserSession>().Add(new UserSession
        {
            Id = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = now,
            LastSeenUtc = now,
            ExpiresUtc = ExpiryOf(ticket, now),
            UserAgent = userAgent.Length > 300 ? userAgent[..300] : userAgent,
            IpAddress = httpContext?.Connection.RemoteIpAddress?.ToString() ?? "",
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null, default);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) => RenewAsync(key, ticket, null, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        ticket.Properties.Items[SessionKeyProperty] = key;
        var now = clock.GetUtcNow().UtcDateTime;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        // A session ended meanwhile stays ended: only an existing row is renewed.
        await scope.ServiceProvider.GetRequiredService<AcademyDbContext>().Set<UserSession>()
            .Where(s => s.Id == key)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresUtc, expires).SetProperty(s => s.LastSeenUtc, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, (HttpContext?)null, default);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) => RetrieveAsync(key, (HttpContext?)null, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        if (key.Length != UserSession.KeyLength)
        {
            return null;
        }

        // Reading through the request's own context (untracked, so nothing else is saved with it) spares a context per page.
        if (httpContext is not null)
        {
            return await ReadAsync(key, httpContext.RequestServices, cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        return await ReadAsync(key, scope.ServiceProvider, cancellationToken);
    }

    private async Task<AuthenticationTicket?> ReadAsync(string key, IServiceProvider services, CancellationToken cancellationToken)
    {
        var sessions = services.GetRequiredService<AcademyDbContext>().Set<UserSession>();
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await sessions.AsNoTracking()
            .Where(s => s.Id == key)
            .Select(s => new { s.Ticket, s.ExpiresUtc, s.LastSeenUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null || session.ExpiresUtc <= now)
        {
            return null;
        }

        if (now - session.LastSeenUtc > LastSeenPrecision)
        {
            await sessions.Where(s => s.Id == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), cancellationToken);
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null, default);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, null, cancellationToken);

    public async Task RemoveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AcademyDbContext>().Set<UserSession>()
            .Where(s => s.Id == key)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(14);
}
