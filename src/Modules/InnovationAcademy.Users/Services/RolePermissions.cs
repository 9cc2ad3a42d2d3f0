using System.Security.Claims;
using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Which permissions each role grants, stored as role claims of type <see cref="ClaimType"/> and cached
/// until a role changes, so that checking a permission costs no query on most requests.
/// </summary>
public sealed class RolePermissions(AcademyDbContext db, IMemoryCache cache, ISignal signal)
{
    public const string ClaimType = "Permission";
    private const string CacheKey = "roles:permissions";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    /// <summary>Role name → permission names.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<string, IReadOnlySet<string>>? cached) && cached is not null)
        {
            return cached;
        }

        var rows = await (
            from role in db.Set<AcademyRole>()
            join claim in db.Set<IdentityRoleClaim<string>>().Where(c => c.ClaimType == ClaimType) on role.Id equals claim.RoleId into claims
            from claim in claims.DefaultIfEmpty()
            select new { role.Name, claim.ClaimValue })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var map = rows
            .GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.Where(r => r.ClaimValue is not null).Select(r => r.ClaimValue!).ToHashSet(StringComparer.Ordinal),
                StringComparer.OrdinalIgnoreCase);
        cache.Set(CacheKey, (IReadOnlyDictionary<string, IReadOnlySet<string>>)map, new MemoryCacheEntryOptions()
            .SetAbsoluteExpiration(CacheLifetime)
            .AddExpirationToken(signal.GetToken(CacheKey)));
        return map;
    }

    /// <summary>Replaces the permissions of <paramref name="role"/>; saved with the caller's unit of work.</summary>
    internal async Task SetAsync(AcademyRole role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<IdentityRoleClaim<string>>()
            .Where(c => c.RoleId == role.Id && c.ClaimType == ClaimType)
            .ToListAsync(cancellationToken);
        db.Set<IdentityRoleClaim<string>>().RemoveRange(existing);
        foreach (var name in permissionNames.Distinct(StringComparer.Ordinal))
        {
            db.Set<IdentityRoleClaim<string>>().Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = ClaimType, ClaimValue = name });
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.SignalToken(CacheKey);
    }

    public static IEnumerable<string> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value);
}
