using System.Data.Common;
using InnovationAcademy.Core.Data;
using InnovationAcademy.TalentDirectory.Services;
using InnovationAcademy.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>With <c>--plans</c>: the SQL of a directory search and how the database means to run it, to see why a figure is what it is.</summary>
internal static class QueryPlans
{
    public static async Task PrintAsync(AcademySiteFactory site, TalentSearch search)
    {
        await site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AcademyDbContext>();
            var directory = services.GetRequiredService<TalentDirectoryQuery>();
            foreach (var (label, sql) in directory.Explain(search))
            {
                Console.WriteLine($"-- {label}");
                Console.WriteLine(sql);
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = (site.SqliteConnectionString is null ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + Inline(sql);
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Console.WriteLine("   " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i))));
                }
            }

            return true;
        });
    }

    /// <summary>ToQueryString's SQLite form declares parameters as <c>.param set p0 'value'</c> lines: put the values in place.</summary>
    private static string Inline(string sql)
    {
        var lines = sql.Split('\n');
        var body = string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            body = body.Replace("@" + parts[0], parts[1], StringComparison.Ordinal);
        }

        return body;
    }
}
