using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Web;

/// <summary>
/// On SQLite, a signed-in request's queries share one connection, opened at its first query's cost. EF otherwise
/// opens and closes a pooled connection around every query, and on SQLite each opening registers EF's functions and
/// takes the pool's lock again: a third of a lesson page's time under load. Anonymous requests are left alone: most are
/// answered from the output cache without a query. PostgreSQL keeps EF's per-query connections, so that a request
/// holds one of the server's connections only while it queries.
/// </summary>
public sealed class SqliteRequestConnection(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DatabaseConfiguration.DatabaseConnection database)
    {
        if (database.Provider == Core.Data.DatabaseProvider.Sqlite && context.User.Identity?.IsAuthenticated == true)
        {
            // Closed when the request's context is disposed.
            await context.RequestServices.GetRequiredService<AcademyDbContext>().Database.OpenConnectionAsync(context.RequestAborted);
        }

        await next(context);
    }
}
