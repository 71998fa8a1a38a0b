using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;

namespace MassageRoutines.Web.Api;

/// <summary>
/// A runner's own sessions, all of them, to keep: CSV for a spreadsheet, JSON in the API's shape.
/// Both stream row by row from the database, so memory stays flat however many there are.
/// </summary>
public static class SessionExport
{
    private static readonly string[] Columns =
        ["id", "routine", "routine_name", "routine_version", "started_at", "ended_at", "outcome", "active_seconds", "discomfort", "sore_regions", "notes"];

    public static async Task CsvAsync(HttpContext http, RunnerSessions sessions, CancellationToken ct)
    {
        Download(http, "text/csv; charset=utf-8", "sessions.csv");
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024);
        await writer.WriteLineAsync(string.Join(',', Columns));
        if (RunnerIdentity.Find(http) is { } runner)
        {
            var rows = 0;
            await foreach (var log in sessions.All(runner).WithCancellation(ct))
            {
                await writer.WriteLineAsync(string.Join(',', new[]
                {
                    log.Id.ToString(), log.RoutineSlug, log.RoutineName, log.RoutineVersion.ToString(CultureInfo.InvariantCulture),
                    log.StartedAt.ToString("O", CultureInfo.InvariantCulture), log.EndedAt.ToString("O", CultureInfo.InvariantCulture),
                    Kebab.Of(log.Outcome), log.ActiveSeconds.ToString(CultureInfo.InvariantCulture),
                    log.Discomfort?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(' ', log.SoreRegions.Select(Kebab.Of)), log.Notes ?? "",
                }.Select(Field)));
                if (++rows % 500 == 0)
                {
                    await writer.FlushAsync(ct);
                }
            }
        }
    }

    public static IResult Json(HttpContext http, RunnerSessions sessions)
    {
        Download(http, "application/json", "sessions.json");
        return TypedResults.Ok(RunnerIdentity.Find(http) is { } runner ? Views(sessions, runner) : Empty());
    }

    private static async IAsyncEnumerable<SessionView> Views(RunnerSessions sessions, OwnerKey runner, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var log in sessions.All(runner).WithCancellation(ct))
        {
            yield return SessionView.From(log);
        }
    }

    private static async IAsyncEnumerable<SessionView> Empty()
    {
        await Task.CompletedTask;
        yield break;
    }

    private static void Download(HttpContext http, string type, string fileName)
    {
        http.Response.ContentType = type;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; one starting like a formula is made text.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
