using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.RateLimiting;
using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Building;

/// <summary>
/// Builds a routine from one library's published moves, with the runner's rest advice, and stores it
/// content-addressed: a build is stored once, under the slug its hash gives, however often it is
/// made. From then on it is played, checked and logged like any routine (PublishedLibrary finds it).
/// It builds from the library's published moves as PublishedLibrary keeps them in memory.
/// Each build never made before adds a row, so one client may store only so many new ones a minute
/// (<c>Building:NewRoutinesPerMinute</c>); builds already stored are never limited.
/// </summary>
public sealed class RoutineBuilding : IDisposable
{
    public const string LimitSetting = "Building:NewRoutinesPerMinute";
    public const string LimitReachedCode = "too-many-new-builds";

    private readonly PublishedLibrary library;
    private readonly PartitionedRateLimiter<string> newBuilds;

    public RoutineBuilding(PublishedLibrary library, IConfiguration configuration)
    {
        this.library = library;
        var perMinute = configuration.GetValue(LimitSetting, 30);
        newBuilds = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>The library a build asks for by slug, or the seeded one when it names none.</summary>
    public static async Task<Library?> LibraryAsync(MassageDbContext db, string? slug, CancellationToken ct)
    {
        slug = string.IsNullOrEmpty(slug) ? Library.DefaultSlug : slug;
        // What cannot be a slug is not looked up: PostgreSQL refuses a NUL in a query outright.
        return Slugs.IsValid(slug) ? await db.Libraries.AsNoTracking().FirstOrDefaultAsync(l => l.Slug == slug, ct) : null;
    }

    /// <param name="runner">The runner's id, whose sessions of the last day give rest advice; null for none (a kiosk).</param>
    /// <param name="client">Who asks (<see cref="Operations.ForwardedHeadersSetup.ClientAddress"/>), for the limit on new builds.</param>
    /// <returns>
    /// The build, its routine the one stored (slug "built-…"); or no routine, and notes that say why: nothing
    /// fits, or (note <see cref="LimitReachedCode"/>) this client has stored its share of new builds this minute.
    /// </returns>
    public async Task<BuildResult> BuildAsync(MassageDbContext db, BuildRequest request, int libraryId, string? runner, string client, DateTime now, CancellationToken ct)
    {
        var advice = await Sessions.RunnerHistory.RestAdviceAsync(db, runner, now, ct);
        request = request with { RestAdvice = advice.Select(a => new RestAdvice(a.Region, a.Kind)).ToList() };
        var result = RoutineBuilder.Build(request, await library.MovesAsync(libraryId));
        if (result.Routine is null)
        {
            return result;
        }
        var stored = await StoreAsync(db, result, libraryId, client, now, ct);
        return stored is null
            ? new BuildResult(null, [], [new Warning(LimitReachedCode, "You have built many new routines in the last minute. Wait a minute, then try again.")])
            : result with { Routine = stored };
    }

    public void Dispose() => newBuilds.Dispose();

    /// <summary>SHA-256 of the build as JSON (the routine as the builder made it, its whys and notes), in hex.</summary>
    public static string Hash(BuildResult result) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result, RoutineJson.Options)));

    /// <returns>The routine as stored; null when it is new and the client may store no more this minute.</returns>
    private async Task<Routine?> StoreAsync(MassageDbContext db, BuildResult result, int libraryId, string client, DateTime now, CancellationToken ct)
    {
        var hash = Hash(result);
        var routine = result.Routine! with { Slug = SiteSlugs.Built(hash), Version = 1 };
        if (await db.BuiltRoutines.AnyAsync(b => b.Hash == hash, ct))
        {
            return routine;
        }
        using var lease = newBuilds.AttemptAcquire(client);
        if (!lease.IsAcquired)
        {
            return null;
        }

        db.BuiltRoutines.Add(new BuiltRoutineRecord
        {
            Slug = routine.Slug,
            Hash = hash,
            LibraryId = libraryId,
            Definition = RoutineJson.Write(routine),
            Whys = [.. result.Whys],
            Notes = [.. result.Notes],
            BuiltAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same build stored by someone else at the same moment is the one wanted; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.BuiltRoutines.AnyAsync(b => b.Hash == hash, ct))
            {
                throw;
            }
        }
        return routine;
    }
}
