using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MassageRoutines.Web.Data;

/// <summary>
/// The few reads start-up makes on every restart, as plain commands on the context's connection. Each
/// of them as an EF Core query would be compiled first, and the first compilation on a restart costs
/// about 0.15 s of CPU; these commands cost next to nothing. Only for reads that decide whether
/// start-up has work to do; the work itself goes through EF Core. The SQL is valid on SQLite and PostgreSQL.
/// </summary>
public static class StartUpReads
{
    /// <summary>The first column of the first row, or null when there is none.</summary>
    public static Task<object?> ScalarAsync(this MassageDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        db.ReadAsync(sql, ct, parameters, async command =>
        {
            var result = await command.ExecuteScalarAsync(ct);
            return result is DBNull ? null : result;
        });

    /// <summary>The first column of every row, as text.</summary>
    public static Task<List<string>> ColumnAsync(this MassageDbContext db, string sql, CancellationToken ct) =>
        db.ReadAsync(sql, ct, [], async command =>
        {
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                values.Add(reader.GetString(0));
            }
            return values;
        });

    private static async Task<T> ReadAsync<T>(this MassageDbContext db, string sql, CancellationToken ct,
        (string Name, object Value)[] parameters, Func<DbCommand, Task<T>> read)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            return await read(command);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
