using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The rows one batch of session logs adds, written without EF Core's change tracking (the rows are only
/// ever inserted, or added to): one statement per table for the whole batch, its rows sent as arrays
/// (PostgreSQL) or as one JSON array read with json_each (SQLite). Every value is a parameter. The columns are written as EF Core writes them (the JSON columns with its
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
            SELECT {Picked(21)} FROM json_each($rows) WHERE true
            ON CONFLICT ("Id") DO NOTHING
            RETURNING "Id"
            """;
        Parameter(command, "$rows").Value = Rows(logs, (writer, log) =>
        {
            // As EF Core stores them on SQLite: a Guid as upper-case text, a time as text to the tick.
            writer.WriteStringValue(log.Id.ToString().ToUpperInvariant());
            Text(writer, log.AccountId);
            writer.WriteNumberValue(log.ActiveSeconds);
            Text(writer, log.DeviceId);
            Number(writer, log.Discomfort);
            writer.WriteStringValue(SqliteTime(log.EndedAt));
            writer.WriteStringValue(log.Fingerprint);
            Number(writer, log.KioskId);
            Text(writer, log.Notes);
            writer.WriteStringValue(log.Outcome.ToString());
            writer.WriteStringValue(PainEventsJson(log.PainEvents));
            writer.WriteStringValue(SqliteTime(log.ReceivedAt));
            writer.WriteStringValue(RegionSecondsJson(log.RegionSeconds));
            writer.WriteStringValue(log.RoutineName);
            writer.WriteStringValue(log.RoutineSlug);
            writer.WriteNumberValue(log.RoutineVersion);
            writer.WriteStringValue(SegmentsJson(log.Segments));
            writer.WriteStringValue(SoreRegionsJson(log.SoreRegions));
            writer.WriteStringValue(SqliteTime(log.StartedAt));
            Number(writer, log.TargetMinutes);
            writer.WriteStringValue(log.WarmUp.ToString());
        });
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                inserted.Add(Guid.Parse(reader.GetString(0)));
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
            INSERT INTO "{SessionTables.DayTotals}" ({columns})
            SELECT {Picked(7)} FROM json_each($rows) WHERE true
            {conflict}{added}
            RETURNING "OwnerKind", "OwnerId", "Day", "Sessions"
            """;
        Parameter(command, "$rows").Value = Rows(sorted, (writer, d) =>
        {
            writer.WriteStringValue(d.OwnerKind.ToString());
            writer.WriteStringValue(d.OwnerId);
            writer.WriteNumberValue(d.Day);
            writer.WriteNumberValue(d.Sessions);
            writer.WriteNumberValue(d.Completed);
            writer.WriteNumberValue(d.PainStops);
            writer.WriteNumberValue(d.ActiveSeconds);
        });
        await using var rows = await command.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct))
        {
            counted.Add((new OwnerKey(Enum.Parse<OwnerKind>(rows.GetString(0)), rows.GetString(1)), rows.GetInt32(2), rows.GetInt32(3)));
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

        command.CommandText = $"""
            INSERT INTO "{SessionTables.WeekRegionTotals}" ({columns})
            SELECT {Picked(5)} FROM json_each($rows) WHERE true
            {conflict}
            """;
        Parameter(command, "$rows").Value = Rows(sorted, (writer, r) =>
        {
            writer.WriteStringValue(r.OwnerKind.ToString());
            writer.WriteStringValue(r.OwnerId);
            writer.WriteNumberValue(r.Week);
            writer.WriteStringValue(r.Region.ToString());
            writer.WriteNumberValue(r.Seconds);
        });
        await command.ExecuteNonQueryAsync(ct);
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

    /// <summary>SQLite: the columns of a row of <see cref="Rows"/>, from json_each's value.</summary>
    private static string Picked(int columns) => string.Join(", ", Enumerable.Range(0, columns).Select(i => $"json_extract(value, '$[{i}]')"));

    /// <summary>SQLite: the rows as one JSON parameter, an array of arrays, that one statement reads with json_each.</summary>
    private static string Rows<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> row) => Json(writer =>
    {
        foreach (var item in items)
        {
            writer.WriteStartArray();
            row(writer, item);
            writer.WriteEndArray();
        }
    });

    private static void Text(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void Number(Utf8JsonWriter writer, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

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
        // Only the database reads it: characters go as they are, rather than escaped as for a page.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            items(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
