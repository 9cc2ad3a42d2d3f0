namespace InnovationAcademy.Core.Cohorts;

/// <summary>A cohort as other modules name it.</summary>
public sealed record CohortRef(int Id, string Slug, string Name);

/// <summary>A cohort as a row of a database query, to join with the caller's own rows by <see cref="Id"/>.</summary>
public sealed class CohortRow
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }
}

/// <summary>
/// The cohorts of the site, as other modules see them (the Cohorts module keeps the cohorts, their sign-ups and
/// sessions): the talent directory links profiles to the cohort they came from.
/// </summary>
public interface ICohortDirectory
{
    Task<CohortRef?> FindAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The cohorts with these ids that exist, by id.</summary>
    Task<IReadOnlyDictionary<int, CohortRef>> FindManyAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default);

    /// <summary>Every cohort, newest first.</summary>
    Task<IReadOnlyList<CohortRef>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>The most recent cohort the person was accepted into.</summary>
    Task<CohortRef?> LatestAcceptedAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The ids of the people who meet the cohort's graduation rule today.</summary>
    Task<IReadOnlyList<string>> GraduatesAsync(int cohortId, CancellationToken cancellationToken = default);

    /// <summary>Every cohort as a query of the site's database, for lists that show a cohort's name beside their own rows.</summary>
    IQueryable<CohortRow> Query();
}
