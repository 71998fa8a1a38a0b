using System.Security.Cryptography;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Sessions;

public enum IngestOutcome { Created, Repeated, Conflict, Invalid }

/// <summary>Whose log it is: a runner's, or a kiosk's, which <paramref name="Offers"/> only the routines it shows (null: any routine).</summary>
public sealed record SessionOwner(OwnerKey Key, Func<RoutineVersion, bool>? Offers = null);

/// <param name="Log">The stored log (for Created and Repeated).</param>
/// <param name="Errors">Every problem, by field (for Invalid).</param>
public sealed record IngestResult(IngestOutcome Outcome, SessionLog? Log, Dictionary<string, string[]> Errors);

/// <summary>
/// Takes in one session log, for a runner or a kiosk: checks it against the timeline of the routine
/// version it was played from, then hands it to the <see cref="SessionWriter"/>, which stores it once
/// (the client's id is the idempotency key) together with the other logs arriving at the same time.
/// It counts each in the app's metrics.
/// </summary>
public sealed class SessionIngest(MassageDbContext db, RoutineVersionCache versions, SessionTimelines timelines, SessionWriter writer, TimeProvider time, AppMetrics metrics,
    IStringLocalizer<Words> words)
{
    public async Task<IngestResult> IngestAsync(SessionLogRequest request, SessionOwner owner, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var result = await CheckAndWriteAsync(request, time.GetUtcNow(), owner, ct);
        metrics.SessionIngested(result.Outcome.ToString().ToLowerInvariant(), result.Outcome == IngestOutcome.Created ? result.Log : null,
            time.GetElapsedTime(started));
        return result;
    }

    private async Task<IngestResult> CheckAndWriteAsync(SessionLogRequest request, DateTimeOffset now, SessionOwner owner, CancellationToken ct)
    {
        var checks = new SessionLogChecks(words);
        var options = checks.Options(request);
        var found = request.Routine is { } slug && request.RoutineVersion is int version
            ? await versions.FindAsync(db, slug, version, ct)
            : null;
        if (found is not null && owner.Offers is { } offers && !offers(found))
        {
            checks.NotOffered(found.Routine.Slug);
        }
        var timeline = found is null || options is null ? null : timelines.Of(found.Routine, options);
        var log = checks.Check(request, timeline, now, Fingerprint(request));
        if (log is null)
        {
            return new(IngestOutcome.Invalid, null, checks.Errors);
        }

        log.SetOwner(owner.Key);
        var written = await writer.WriteAsync(log, ct);
        return written.Outcome switch
        {
            WriteOutcome.Created => new(IngestOutcome.Created, written.Log, []),
            WriteOutcome.Repeated => new(IngestOutcome.Repeated, written.Log, []),
            _ => new(IngestOutcome.Conflict, null, []),
        };
    }

    /// <summary>A hash of the body as understood, so whitespace or field order does not make a retry look different.</summary>
    private static string Fingerprint(SessionLogRequest request)
    {
        // A retry is sent at another moment: its clock reading is not part of the log.
        var sentAt = request.SentAt;
        request.SentAt = null;
        var fingerprint = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, SessionLogRequest.Json)));
        request.SentAt = sentAt;
        return fingerprint;
    }
}
