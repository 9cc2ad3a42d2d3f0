namespace InnovationAcademy.Core.Users;

/// <summary>What other modules may know of a person: how to address them, write to them and show them times.</summary>
public sealed record UserCard(string Id, string DisplayName, string Email, string TimeZoneId, string Culture)
{
    /// <summary>The name to show: the display name, or the address for someone who never gave one.</summary>
    public string Name => DisplayName.Length > 0 ? DisplayName : Email;
}

/// <summary>
/// A person as a row of a database query, for lists that search and sort by name or address in SQL, joined to
/// the caller's own rows by <see cref="Id"/>. <see cref="SearchEmail"/> is upper-case, for <c>Contains</c>.
/// </summary>
public sealed class PersonRow
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string SearchEmail { get; init; }

    public required string DisplayName { get; init; }

    public required string Culture { get; init; }
}

/// <summary>
/// The people of the site, as other modules see them (the Users module keeps the accounts). Lists ask for many
/// people at once, so that a page of a hundred rows costs one query, not a hundred.
/// </summary>
public interface IUserDirectory
{
    Task<UserCard?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The person with this e-mail address, compared as the site compares addresses (case and spacing aside).</summary>
    Task<UserCard?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The people with these ids that exist, by id.</summary>
    Task<IReadOnlyDictionary<string, UserCard>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The people with these addresses that exist, by their address as stored (compare ignoring case).</summary>
    Task<IReadOnlyList<UserCard>> FindManyByEmailAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every person as a query of the site's database (the caller's unit of work), to join with the caller's own
    /// rows where one SQL statement matters: a roster of thousands searched and sorted by name.
    /// </summary>
    IQueryable<PersonRow> Query();
}
