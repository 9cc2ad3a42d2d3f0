using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The full-text index over <c>TalentProfiles.SearchText</c>: an FTS5 table kept by triggers on SQLite, a GIN index on
/// <c>to_tsvector('simple', "SearchText")</c> on PostgreSQL (both made by the migrations). Text and searches are folded
/// the same way first (<see cref="TextFolding"/>), which is what makes search accent-insensitive on both. Every word
/// matches as a prefix, all words must match.
/// </summary>
public sealed class TalentSearchIndex(AcademyDbContext db)
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
        return db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"TalentProfiles\" WHERE to_tsvector('simple', \"SearchText\") @@ to_tsquery('simple', {query})");
    }
}
