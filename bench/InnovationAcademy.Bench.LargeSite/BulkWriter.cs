using System.Data.Common;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace InnovationAcademy.Bench.LargeSite;

/// <summary>
/// Writes many rows of one entity straight to its table, read from the site's own EF model (table, columns, value
/// conversions), so the seed follows the schema as it changes: prepared INSERTs in one transaction on SQLite,
/// binary COPY on PostgreSQL. Keys are the caller's (explicit ids), so rows can refer to each other.
/// </summary>
public sealed class BulkWriter(AcademyDbContext db)
{
    private bool IsPostgres => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The next free value of an integer key, to number new rows from.</summary>
    public async Task<long> NextIdAsync<T>()
    {
        var (table, columns) = Describe<T>();
        var key = columns.Single(c => c.Property.IsPrimaryKey());
        await using var command = await CommandAsync($"SELECT COALESCE(MAX({Quote(key.Name)}), 0) + 1 FROM {Quote(table)}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> WriteAsync<T>(IEnumerable<T> rows)
    {
        var (table, columns) = Describe<T>();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        var count = IsPostgres
            ? await CopyAsync((NpgsqlConnection)connection, table, columns, rows)
            : await InsertAsync(connection, table, columns, rows);
        if (IsPostgres && columns.FirstOrDefault(c => c.Property.IsPrimaryKey() && (c.Property.ClrType == typeof(int) || c.Property.ClrType == typeof(long))) is { } key)
        {
            // Explicit ids leave the identity sequence behind; the site's own inserts must start after them.
            await using var command = await CommandAsync(
                $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', '{key.Name}'), (SELECT COALESCE(MAX({Quote(key.Name)}), 1) FROM {Quote(table)}))");
            await command.ExecuteScalarAsync();
        }

        return count;
    }

    private static async Task<int> CopyAsync<T>(NpgsqlConnection connection, string table, IReadOnlyList<Column> columns, IEnumerable<T> rows)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var count = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                foreach (var column in columns)
                {
                    var value = column.Read(row!);
                    if (value is null)
                    {
                        await writer.WriteNullAsync();
                    }
                    else
                    {
                        await writer.WriteAsync(value, column.StoreType);
                    }
                }

                count++;
            }

            await writer.CompleteAsync();
        }

        return count;
    }

    private static async Task<int> InsertAsync<T>(DbConnection connection, string table, IReadOnlyList<Column> columns, IEnumerable<T> rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Read(row!) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync();
            count++;
        }

        await transaction.CommitAsync();
        return count;
    }

    private (string Table, IReadOnlyList<Column> Columns) Describe<T>()
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetColumnName(store) is not null)
            .Select(p => new Column(p, p.GetColumnName(store)!, p.GetColumnType()))
            .ToList();
        return (table, columns);
    }

    private async Task<DbCommand> CommandAsync(string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static string Quote(string name) => "\"" + name + "\"";

    private sealed record Column(IProperty Property, string Name, string StoreType)
    {
        private readonly Func<object, object?> _get = Property.GetGetter().GetClrValueUsingContainingEntity;

        public object? Read(object row)
        {
            var value = _get(row);
            var converter = Property.GetTypeMapping().Converter;
            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        }
    }
}
