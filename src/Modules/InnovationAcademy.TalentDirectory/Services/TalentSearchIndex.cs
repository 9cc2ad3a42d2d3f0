using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The full-text index over the public profiles' <c>SearchText</c>: an FTS5 table that triggers keep to the published,
/// not hidden profiles on SQLite; a GIN index on <c>to_tsvector('simple', "SearchText")</c> on PostgreSQL, whose
/// queries add the same condition (both made by the migrations). Administrators' searches, over every state, do not
/// use it (<see cref="TalentAdminQueries"/>). Text and searches are folded
/// the same way first (<see cref="TextFolding"/>), which is what makes search accent-insensitive on both. Every word
/// matches as a prefix, all words must match; tokens (<see cref="TalentSearchTokens"/>) must match whole.
/// </summary>
internal sealed class TalentSearchIndex(AcademyDbContext db)
{
    private bool IsSqlite => string.Equals(db.Database.ProviderName, "Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal);

    /// <summary>Ids of the profiles whose text holds every word, as a query the caller composes; null when there is nothing to search for.</summary>
    public IQueryable<int>? Matching(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        // Words hold letters and digits only (TextFolding.Words), so they cannot escape the index's query syntax.
        if (IsSqlite)
        {
            var match = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
            return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"TalentSearch\" WHERE \"TalentSearch\" MATCH {match}");
        }

        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"TalentProfiles\" WHERE \"Status\" = 'Published' AND NOT \"Hidden\" AND to_tsvector('simple', \"SearchText\") @@ to_tsquery('simple', {query})");
    }

    /// <summary>How many profiles hold every word (as prefixes) and every token (whole).</summary>
    public async Task<int> CountAsync(IReadOnlyList<string> words, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        if (IsSqlite)
        {
            var match = Fts5(words, tokens);
            return await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM \"TalentSearch\" WHERE \"TalentSearch\" MATCH {match}").SingleAsync(cancellationToken);
        }

        var query = TsQuery(words, tokens);
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"TalentProfiles\" WHERE \"Status\" = 'Published' AND NOT \"Hidden\" AND to_tsvector('simple', \"SearchText\") @@ to_tsquery('simple', {query})").SingleAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the matching ids: newest first on SQLite (the index's own order, so a page is read, not sorted;
    /// ranking by relevance cost 40 ms a search at 100,000 profiles), by name on PostgreSQL (where ranking would
    /// re-read every match's text).
    /// </summary>
    public async Task<List<int>> PageAsync(IReadOnlyList<string> words, IReadOnlyList<string> tokens, int skip, int take, CancellationToken cancellationToken)
    {
        if (IsSqlite)
        {
            var match = Fts5(words, tokens);
            return await db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"TalentSearch\" WHERE \"TalentSearch\" MATCH {match} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}").ToListAsync(cancellationToken);
        }

        var query = TsQuery(words, tokens);
        return await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"TalentProfiles\" WHERE \"Status\" = 'Published' AND NOT \"Hidden\" AND to_tsvector('simple', \"SearchText\") @@ to_tsquery('simple', {query}) ORDER BY \"SortName\", \"Id\" LIMIT {take} OFFSET {skip}").ToListAsync(cancellationToken);
    }

    private static string Fts5(IReadOnlyList<string> words, IReadOnlyList<string> tokens) =>
        string.Join(" AND ", words.Select(w => $"\"{w}\"*").Concat(tokens.Select(t => $"\"{t}\"")));

    private static string TsQuery(IReadOnlyList<string> words, IReadOnlyList<string> tokens) =>
        string.Join(" & ", words.Select(w => w + ":*").Concat(tokens));
}
