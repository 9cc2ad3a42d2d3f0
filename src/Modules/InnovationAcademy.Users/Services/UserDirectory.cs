using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>The accounts as other modules see them (<see cref="IUserDirectory"/>).</summary>
internal sealed class UserDirectory(AcademyDbContext db, ILookupNormalizer normalizer) : IUserDirectory
{
    /// <summary>Ids asked for in one query at most (SQLite allows a few thousand parameters).</summary>
    private const int Batch = 500;

    public Task<UserCard?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Cards(db.Set<AcademyUser>().Where(u => u.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public Task<UserCard?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        return string.IsNullOrEmpty(normalized)
            ? Task.FromResult<UserCard?>(null)
            : Cards(db.Set<AcademyUser>().Where(u => u.NormalizedEmail == normalized)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, UserCard>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, UserCard>(StringComparer.Ordinal);
        foreach (var chunk in ids.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            foreach (var card in await Cards(db.Set<AcademyUser>().Where(u => chunk.Contains(u.Id))).ToListAsync(cancellationToken))
            {
                found[card.Id] = card;
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<UserCard>> FindManyByEmailAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var found = new List<UserCard>();
        var normalized = emails.Select(e => normalizer.NormalizeEmail(e.Trim())).Where(e => !string.IsNullOrEmpty(e)).Distinct(StringComparer.Ordinal);
        foreach (var chunk in normalized.Chunk(Batch))
        {
            found.AddRange(await Cards(db.Set<AcademyUser>().Where(u => chunk.Contains(u.NormalizedEmail!))).ToListAsync(cancellationToken));
        }

        return found;
    }

    public IQueryable<PersonRow> Query() =>
        db.Set<AcademyUser>().AsNoTracking().Select(u => new PersonRow
        {
            Id = u.Id,
            Email = u.Email ?? "",
            SearchEmail = u.NormalizedEmail ?? "",
            DisplayName = u.DisplayName,
            Culture = u.PreferredCulture,
        });

    private static IQueryable<UserCard> Cards(IQueryable<AcademyUser> users) =>
        users.AsNoTracking().OrderBy(u => u.Id).Select(u => new UserCard(u.Id, u.DisplayName, u.Email ?? "", u.TimeZoneId, u.PreferredCulture));
}
