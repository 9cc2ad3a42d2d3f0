using System.Data.Common;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InnovationAcademy.Web;

/// <summary>
/// Gives every SQLite connection the shared SQL functions (<see cref="FoldedText"/>); SQLite's own <c>lower()</c>
/// knows only ASCII, so the folding runs in .NET, exactly as it does outside queries.
/// </summary>
internal sealed class SqliteTextFunctions : DbConnectionInterceptor
{
    public static readonly SqliteTextFunctions Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(FoldedText.FunctionName, text => text is null ? null : TextFolding.Fold(text), isDeterministic: true);
        }
    }
}
