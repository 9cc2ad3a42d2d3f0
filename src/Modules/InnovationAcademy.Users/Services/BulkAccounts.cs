using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Finds and creates accounts by the thousand. Accounts are added straight to the context, not one by one through
/// Identity's user manager, so that ten thousand lines take seconds; normalisation is still Identity's, so the
/// accounts sign in (after a password reset) like any other. The caller saves, inside its own transaction.
/// </summary>
internal sealed class BulkAccounts(AcademyDbContext db, UserManager<AcademyUser> users, ISiteService site, TimeProvider clock)
{
    private const int ChunkSize = 500;

    public string Normalize(string email) => users.NormalizeEmail(email) ?? "";

    /// <summary>The existing accounts among <paramref name="emails"/>, keyed by normalised e-mail.</summary>
    public async Task<Dictionary<string, AcademyUser>> FindAsync(IEnumerable<string> emails, bool tracked, CancellationToken cancellationToken = default)
    {
        var normalized = emails.Select(Normalize).Where(e => e.Length > 0).Distinct().ToList();
        var found = new Dictionary<string, AcademyUser>(StringComparer.Ordinal);
        var source = tracked ? db.Set<AcademyUser>() : db.Set<AcademyUser>().AsNoTracking();
        foreach (var chunk in normalized.Chunk(ChunkSize))
        {
            foreach (var user in await source.Where(u => chunk.Contains(u.NormalizedEmail!)).ToListAsync(cancellationToken))
            {
                found[user.NormalizedEmail!] = user;
            }
        }

        return found;
    }

    /// <summary>
    /// The account of every request, adding the missing ones (with the Learner role) to the context unsaved;
    /// returns them keyed by normalised e-mail, and which were created.
    /// </summary>
    public async Task<(Dictionary<string, AcademyUser> Accounts, IReadOnlyList<AcademyUser> Created)> FindOrAddAsync(
        IReadOnlyCollection<AccountRequest> requests, CancellationToken cancellationToken = default)
    {
        var accounts = await FindAsync(requests.Select(r => r.Email), tracked: true, cancellationToken);
        var learnerRoleId = await db.Set<AcademyRole>().Where(r => r.Name == RoleNames.Learner).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var siteZone = await site.TimeZoneForAsync(null, cancellationToken);
        var created = new List<AcademyUser>();
        foreach (var request in requests)
        {
            var normalized = Normalize(request.Email);
            if (normalized.Length == 0 || accounts.ContainsKey(normalized))
            {
                continue;
            }

            var user = new AcademyUser
            {
                UserName = request.Email,
                NormalizedUserName = users.NormalizeName(request.Email),
                Email = request.Email,
                NormalizedEmail = normalized,
                EmailConfirmed = true,
                DisplayName = request.DisplayName,
                PreferredCulture = SupportedCultures.IsSupported(request.Culture) ? request.Culture : SupportedCultures.Spanish,
                TimeZoneId = TimeZoneChoices.IsValid(request.TimeZoneId) ? request.TimeZoneId! : siteZone,
                CreatedUtc = now,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Set<AcademyUser>().Add(user);
            if (learnerRoleId is not null)
            {
                db.Set<IdentityUserRole<string>>().Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = learnerRoleId });
            }

            accounts[normalized] = user;
            created.Add(user);
        }

        return (accounts, created);
    }
}
