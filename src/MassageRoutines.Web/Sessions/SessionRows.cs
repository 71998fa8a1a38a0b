using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The rows one batch of session logs adds, written without EF Core's change tracking (the rows are only
/// ever inserted, or added to): on PostgreSQL one statement per table for the whole batch, its rows
/// sent as arrays; on SQLite, in the same process, one prepared statement stepped once per row. Every
/// value is a parameter. The columns are written as EF Core writes them (the JSON columns with its
/// property names, enums by name), so EF Core reads them back as usual.
/// </summary>
public static class SessionRows
{
    private const string Columns = """
        "Id", "AccountId", "ActiveSeconds", "DeviceId", "Discomfort", "EndedAt", "Fingerprint", "KioskId", "Notes", "Outcome",
        "PainEvents", "ReceivedAt", "RegionSeconds", "RoutineName", "RoutineSlug", "RoutineVersion", "Segments", "SoreRegions",
        "StartedAt", "TargetMinutes", "WarmUp"
        """;

    /// <summary>Inserts the logs whose id is not stored yet (the ids must differ); returns the ids it inserted.</summary>
    public static async Task<HashSet<Guid>> InsertNewAsync(MassageDbContext db, IReadOnlyList<SessionLog> logs, CancellationToken ct)
    {
        var inserted = new HashSet<Guid>();
        if (logs.Count == 0)
        {
            return inserted;
        }
        await using var command = Command(db);
        if (db.Database.IsNpgsql())
        {
            command.CommandText = $"""
                INSERT INTO "SessionLogs" ({Columns})
                SELECT r.id, r.account, r.active, r.device, r.discomfort, r.ended, r.fingerprint, r.kiosk, r.notes, r.outcome,
                    r.pain::jsonb, r.received, r.regions::jsonb, r.name, r.slug, r.version, r.segments::jsonb,
                    ARRAY(SELECT jsonb_array_elements_text(r.sore::jsonb)), r.started, r.minutes, r.warm_up
                FROM unnest(@id, @account, @active, @device, @discomfort, @ended, @fingerprint, @kiosk, @notes, @outcome,
                    @pain, @received, @regions, @name, @slug, @version, @segments, @sore, @started, @minutes, @warm_up)
                    AS r(id, account, active, device, discomfort, ended, fingerprint, kiosk, notes, outcome,
                    pain, received, regions, name, slug, version, segments, sore, started, minutes, warm_up)
                ON CONFLICT ("Id") DO NOTHING
                RETURNING "Id"
                """;
            Array(command, "id", logs.Select(l => l.Id).ToArray(), NpgsqlDbType.Uuid);
            Array(command, "account", logs.Select(l => l.AccountId).ToArray(), NpgsqlDbType.Text);
            Array(command, "active", logs.Select(l => l.ActiveSeconds).ToArray(), NpgsqlDbType.Integer);
            Array(command, "device", logs.Select(l => l.DeviceId).ToArray(), NpgsqlDbType.Text);
            Array(command, "discomfort", logs.Select(l => l.Discomfort).ToArray(), NpgsqlDbType.Integer);
            Array(command, "ended", logs.Select(l => l.EndedAt).ToArray(), NpgsqlDbType.TimestampTz);
            Array(command, "fingerprint", logs.Select(l => l.Fingerprint).ToArray(), NpgsqlDbType.Text);
            Array(command, "kiosk", logs.Select(l => l.KioskId).ToArray(), NpgsqlDbType.Integer);
            Array(command, "notes", logs.Select(l => l.Notes).ToArray(), NpgsqlDbType.Text);
            Array(command, "outcome", logs.Select(l => l.Outcome.ToString()).ToArray(), NpgsqlDbType.Text);
            Array(command, "pain", logs.Select(l => PainEventsJson(l.PainEvents)).ToArray(), NpgsqlDbType.Text);
            Array(command, "received", logs.Select(l => l.ReceivedAt).ToArray(), NpgsqlDbType.TimestampTz);
            Array(command, "regions", logs.Select(l => RegionSecondsJson(l.RegionSeconds)).ToArray(), NpgsqlDbType.Text);
            Array(command, "name", logs.Select(l => l.RoutineName).ToArray(), NpgsqlDbType.Text);
            Array(command, "slug", logs.Select(l => l.RoutineSlug).ToArray(), NpgsqlDbType.Text);
            Array(command, "version", logs.Select(l => l.RoutineVersion).ToArray(), NpgsqlDbType.Integer);
            Array(command, "segments", logs.Select(l => SegmentsJson(l.Segments)).ToArray(), NpgsqlDbType.Text);
            Array(command, "sore", logs.Select(l => SoreRegionsJson(l.SoreRegions)).ToArray(), NpgsqlDbType.Text);
            Array(command, "started", logs.Select(l => l.StartedAt).ToArray(), NpgsqlDbType.TimestampTz);
            Array(command, "minutes", logs.Select(l => l.TargetMinutes).ToArray(), NpgsqlDbType.Integer);
            Array(command, "warm_up", logs.Select(l => l.WarmUp.ToString()).ToArray(), NpgsqlDbType.Text);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                inserted.Add(reader.GetGuid(0));
            }
            return inserted;
        }

        command.CommandText = $"""
            INSERT INTO "SessionLogs" ({Columns})
            VALUES ($id, $account, $active, $device, $discomfort, $ended, $fingerprint, $kiosk, $notes, $outcome,
                $pain, $received, $regions, $name, $slug, $version, $segments, $sore, $started, $minutes, $warm_up)
            ON CONFLICT ("Id") DO NOTHING
            """;
        var values = new[]
        {
            "id", "account", "active", "device", "discomfort", "ended", "fingerprint", "kiosk", "notes", "outcome",
            "pain", "received", "regions", "name", "slug", "version", "segments", "sore", "started", "minutes", "warm_up",
        }.Select(name => Parameter(command, "$" + name)).ToArray();
        foreach (var log in logs)
        {
            object?[] row =
            [
                // As EF Core stores them on SQLite: a Guid as upper-case text, a time as text to the tick.
                log.Id.ToString().ToUpperInvariant(), log.AccountId, log.ActiveSeconds, log.DeviceId, log.Discomfort, SqliteTime(log.EndedAt),
                log.Fingerprint, log.KioskId, log.Notes, log.Outcome.ToString(), PainEventsJson(log.PainEvents), SqliteTime(log.ReceivedAt),
                RegionSecondsJson(log.RegionSeconds), log.RoutineName, log.RoutineSlug, log.RoutineVersion, SegmentsJson(log.Segments),
                SoreRegionsJson(log.SoreRegions), SqliteTime(log.StartedAt), log.TargetMinutes, log.WarmUp.ToString(),
            ];
            for (var i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i] ?? DBNull.Value;
            }
            if (await command.ExecuteNonQueryAsync(ct) == 1)
            {
                inserted.Add(log.Id);
            }
        }
        return inserted;
    }

    /// <summary>
    /// Adds the day totals (their keys must differ); returns each day's count of sessions after the add.
    /// Rows go in key order, so two writers adding to the same days lock them in the same order.
    /// </summary>
    public static async Task<List<(OwnerKey Owner, int Day, int Sessions)>> AddDaysAsync(MassageDbContext db, List<DayTotal> days, CancellationToken ct)
    {
        var sorted = days.OrderBy(d => d.OwnerKind).ThenBy(d => d.OwnerId, StringComparer.Ordinal).ThenBy(d => d.Day).ToList();
        var counted = new List<(OwnerKey, int, int)>(sorted.Count);
        await using var command = Command(db);
        var added = Added(SessionTables.DayTotals, "Sessions", "Completed", "PainStops", "ActiveSeconds");
        const string columns = "\"OwnerKind\", \"OwnerId\", \"Day\", \"Sessions\", \"Completed\", \"PainStops\", \"ActiveSeconds\"";
        const string conflict = "ON CONFLICT (\"OwnerKind\", \"OwnerId\", \"Day\") DO UPDATE SET ";
        if (db.Database.IsNpgsql())
        {
            command.CommandText = $"""
                INSERT INTO "{SessionTables.DayTotals}" ({columns})
                SELECT * FROM unnest(@kind, @owner, @day, @sessions, @completed, @pain_stops, @active)
                {conflict}{added}
                RETURNING "OwnerKind", "OwnerId", "Day", "Sessions"
                """;
            Array(command, "kind", sorted.Select(d => d.OwnerKind.ToString()).ToArray(), NpgsqlDbType.Text);
            Array(command, "owner", sorted.Select(d => d.OwnerId).ToArray(), NpgsqlDbType.Text);
            Array(command, "day", sorted.Select(d => d.Day).ToArray(), NpgsqlDbType.Integer);
            Array(command, "sessions", sorted.Select(d => d.Sessions).ToArray(), NpgsqlDbType.Integer);
            Array(command, "completed", sorted.Select(d => d.Completed).ToArray(), NpgsqlDbType.Integer);
            Array(command, "pain_stops", sorted.Select(d => d.PainStops).ToArray(), NpgsqlDbType.Integer);
            Array(command, "active", sorted.Select(d => d.ActiveSeconds).ToArray(), NpgsqlDbType.Integer);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                counted.Add((new OwnerKey(Enum.Parse<OwnerKind>(reader.GetString(0)), reader.GetString(1)), reader.GetInt32(2), reader.GetInt32(3)));
            }
            return counted;
        }

        command.CommandText = $"""
            INSERT INTO "{SessionTables.DayTotals}" ({columns}) VALUES ($kind, $owner, $day, $sessions, $completed, $pain_stops, $active)
            {conflict}{added}
            RETURNING "Sessions"
            """;
        var values = new[] { "kind", "owner", "day", "sessions", "completed", "pain_stops", "active" }.Select(name => Parameter(command, "$" + name)).ToArray();
        foreach (var d in sorted)
        {
            object[] row = [d.OwnerKind.ToString(), d.OwnerId, d.Day, d.Sessions, d.Completed, d.PainStops, d.ActiveSeconds];
            for (var i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i];
            }
            counted.Add((new OwnerKey(d.OwnerKind, d.OwnerId), d.Day, Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)));
        }
        return counted;
    }

    /// <summary>Adds the week's seconds per region (their keys must differ), in key order.</summary>
    public static async Task AddRegionsAsync(MassageDbContext db, List<WeekRegionTotal> regions, CancellationToken ct)
    {
        if (regions.Count == 0)
        {
            return;
        }
        var sorted = regions.OrderBy(r => r.OwnerKind).ThenBy(r => r.OwnerId, StringComparer.Ordinal).ThenBy(r => r.Week).ThenBy(r => r.Region).ToList();
        await using var command = Command(db);
        const string columns = "\"OwnerKind\", \"OwnerId\", \"Week\", \"Region\", \"Seconds\"";
        var conflict = $"ON CONFLICT (\"OwnerKind\", \"OwnerId\", \"Week\", \"Region\") DO UPDATE SET {Added(SessionTables.WeekRegionTotals, "Seconds")}";
        if (db.Database.IsNpgsql())
        {
            command.CommandText = $"""
                INSERT INTO "{SessionTables.WeekRegionTotals}" ({columns})
                SELECT * FROM unnest(@kind, @owner, @week, @region, @seconds)
                {conflict}
                """;
            Array(command, "kind", sorted.Select(r => r.OwnerKind.ToString()).ToArray(), NpgsqlDbType.Text);
            Array(command, "owner", sorted.Select(r => r.OwnerId).ToArray(), NpgsqlDbType.Text);
            Array(command, "week", sorted.Select(r => r.Week).ToArray(), NpgsqlDbType.Integer);
            Array(command, "region", sorted.Select(r => r.Region.ToString()).ToArray(), NpgsqlDbType.Text);
            Array(command, "seconds", sorted.Select(r => r.Seconds).ToArray(), NpgsqlDbType.Integer);
            await command.ExecuteNonQueryAsync(ct);
            return;
        }

        command.CommandText = $"""INSERT INTO "{SessionTables.WeekRegionTotals}" ({columns}) VALUES ($kind, $owner, $week, $region, $seconds) {conflict}""";
        var values = new[] { "kind", "owner", "week", "region", "seconds" }.Select(name => Parameter(command, "$" + name)).ToArray();
        foreach (var r in sorted)
        {
            object[] row = [r.OwnerKind.ToString(), r.OwnerId, r.Week, r.Region.ToString(), r.Seconds];
            for (var i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i];
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>A command on the context's connection, in its transaction.</summary>
    private static DbCommand Command(MassageDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Session rows are written inside the caller's transaction.");
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Array<T>(DbCommand command, string name, T[] values, NpgsqlDbType element) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | element) { Value = values });

    private static string Added(string table, params string[] columns) =>
        string.Join(", ", columns.Select(c => $"\"{c}\" = \"{table}\".\"{c}\" + excluded.\"{c}\""));

    private static string SqliteTime(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    // The JSON columns, as EF Core writes them: its property names, in their order, enums by name.

    private static string SegmentsJson(List<SegmentResult> segments) => Json(writer =>
    {
        foreach (var s in segments)
        {
            writer.WriteStartObject();
            writer.WriteNumber("ActualSeconds", s.ActualSeconds);
            writer.WriteNumber("Index", s.Index);
            writer.WriteBoolean("Skipped", s.Skipped);
            writer.WriteEndObject();
        }
    });

    private static string PainEventsJson(List<PainEvent> events) => Json(writer =>
    {
        foreach (var e in events)
        {
            writer.WriteStartObject();
            writer.WriteString("Choice", e.Choice.ToString());
            if (e.Region is { } region)
            {
                writer.WriteString("Region", region.ToString());
            }
            else
            {
                writer.WriteNull("Region");
            }
            writer.WriteNumber("SegmentIndex", e.SegmentIndex);
            writer.WriteString("Symptom", e.Symptom.ToString());
            writer.WriteEndObject();
        }
    });

    private static string RegionSecondsJson(List<RegionSeconds> regions) => Json(writer =>
    {
        foreach (var r in regions)
        {
            writer.WriteStartObject();
            writer.WriteString("Region", r.Region.ToString());
            writer.WriteNumber("Seconds", r.Seconds);
            writer.WriteEndObject();
        }
    });

    private static string SoreRegionsJson(List<Engine.BodyRegion> regions) => Json(writer =>
    {
        foreach (var r in regions)
        {
            writer.WriteStringValue(r.ToString());
        }
    });

    /// <summary>A JSON array of what <paramref name="items"/> writes.</summary>
    private static string Json(Action<Utf8JsonWriter> items)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            items(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
