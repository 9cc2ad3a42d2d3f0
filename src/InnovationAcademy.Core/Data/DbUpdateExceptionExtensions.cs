using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Core.Data;

public static class DbUpdateExceptionExtensions
{
    /// <summary>
    /// True when the save broke a unique index or key: PostgreSQL's SQLSTATE 23505, SQLite's "UNIQUE constraint
    /// failed" (extended code 2067, or 1555 for a primary key). Core references neither provider: Npgsql fills
    /// DbException.SqlState, Microsoft.Data.Sqlite does not (SqlState is null, ErrorCode is E_FAIL), so SQLite is read by its message.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException
        && exception.InnerException is DbException inner
        && (inner.SqlState == "23505"
            || inner.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal));
}
