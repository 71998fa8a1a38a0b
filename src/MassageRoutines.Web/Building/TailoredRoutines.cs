using System.Security.Cryptography;
using System.Text.Json;
using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Building;

/// <summary>What a runner asks the builder, as sent (<see cref="BuildQuery"/>); <paramref name="Library"/>: a library's slug, or null for the seeded one.</summary>
public sealed record BuildAsk(string? Phase, string? Minutes, IReadOnlyList<string> Tools, IReadOnlyList<string> Sore, string? RanHard, string? Library = null);

/// <param name="Errors">What was not understood, by key; when there is any, nothing was built.</param>
/// <param name="Library">The library built from, when it was found.</param>
/// <param name="Result">
/// The build, its routine the one stored (slug "built-…"); or no routine, and notes that say why: nothing fits, or
/// (note <see cref="TailoredRoutines.LimitReachedCode"/>, with <paramref name="RetryAfter"/>) the client has stored its share of new builds this minute.
/// </param>
public sealed record TailoredBuild(Dictionary<string, string[]> Errors, Library? Library, BuildResult? Result, TimeSpan? RetryAfter = null);

/// <summary>
/// Builds a routine for one runner from one library's published moves (as PublishedLibrary keeps them
/// in memory), with the runner's rest advice, and stores it content-addressed: a build is stored once,
/// under the slug its hash gives, however often it is made. From then on it is played, checked and
/// logged like any routine (PublishedLibrary finds it). Its name and summary are the builder's English, with
/// their Spanish and German kept beside them as the routine's translations, so that it reads in each
/// reader's language wherever it shows, like any routine. Each build never made before adds a row, so
/// one client may store only so many new ones a minute (<see cref="NewBuildLimit"/>); builds already
/// stored are never limited.
/// </summary>
public sealed class TailoredRoutines(MassageDbContext db, PublishedLibrary library, NewBuildLimit newBuilds, TimeProvider time, IStringLocalizer<Words> words)
{
    public const string LimitReachedCode = "too-many-new-builds";

    /// <param name="runner">The runner whose sessions of the last day give rest advice; null for none (a kiosk).</param>
    /// <param name="client">Who asks (<see cref="Operations.ForwardedHeadersSetup.ClientAddress"/>), for the limit on new builds.</param>
    public async Task<TailoredBuild> BuildAsync(BuildAsk ask, OwnerKey? runner, string client, CancellationToken ct)
    {
        var request = BuildQuery.Parse(ask.Phase, ask.Minutes, ask.Tools, ask.Sore, ask.RanHard, words, out var errors);
        var from = await LibraryAsync(ask.Library, ct);
        if (from is null)
        {
            errors["library"] = [$"No library has the slug '{ask.Library}'."];
        }
        if (errors.Count > 0)
        {
            return new(errors, from, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var advice = await Sessions.RunnerHistory.RestAdviceAsync(db, runner, now, ct);
        request = request! with { RestAdvice = advice.Select(a => new RestAdvice(a.Region, a.Kind)).ToList() };
        var result = RoutineBuilder.Build(request, await library.DefaultMovesAsync(from!.Id));
        if (result.Routine is null)
        {
            return new(errors, from, result);
        }
        var (stored, retryAfter) = await StoreAsync(result, Translated(result.Routine, request.Minutes), from.Id, client, now, ct);
        return stored is null
            ? new(errors, from, new BuildResult(null, [], [new Warning(LimitReachedCode, new Wording("You have built many new routines in the last minute. Wait a minute, then try again."))]), retryAfter)
            : new(errors, from, result with { Routine = stored.In(LibraryLanguages.Current) });
    }

    /// <summary>The library a build asks for by slug, or the seeded one when it names none.</summary>
    private async Task<Library?> LibraryAsync(string? slug, CancellationToken ct)
    {
        slug = string.IsNullOrEmpty(slug) ? Library.DefaultSlug : slug;
        // What cannot be a slug is not looked up: PostgreSQL refuses a NUL in a query outright.
        return Slugs.IsValid(slug) ? await db.Libraries.AsNoTracking().FirstOrDefaultAsync(l => l.Slug == slug, ct) : null;
    }

    /// <summary>SHA-256 of the build as JSON (the routine as the builder made it, its whys and notes), in hex.</summary>
    public static string Hash(BuildResult result) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result, RoutineJson.Options)));

    /// <summary>The routine with its name and summary in each language the library's text may come in.</summary>
    private Routine Translated(Routine routine, int minutes) => routine with
    {
        Translations = LibraryLanguages.Translations.ToDictionary(language => language, language =>
        {
            using var _ = LanguageScope.Use(language);
            return new RoutineText { Name = words.Say(RoutineBuilder.NameOf(routine.Phase)), Summary = words.Say(RoutineBuilder.SummaryOf(minutes)) };
        }),
    };

    /// <param name="result">The build as the builder made it, which gives the hash.</param>
    /// <param name="translated">Its routine with its translations, as it is kept.</param>
    /// <returns>The routine as stored; or none, and how long to wait, when it is new and the client may store no more this minute.</returns>
    private async Task<(Routine? Stored, TimeSpan? RetryAfter)> StoreAsync(BuildResult result, Routine translated, int libraryId, string client, DateTime now, CancellationToken ct)
    {
        var hash = Hash(result);
        var routine = translated with { Slug = SiteSlugs.Built(hash), Version = 1 };
        if (await db.BuiltRoutines.AnyAsync(b => b.Hash == hash, ct))
        {
            return (routine, null);
        }
        if (newBuilds.TryTake(client) is { } wait)
        {
            return (null, wait);
        }

        db.BuiltRoutines.Add(new BuiltRoutineRecord
        {
            Slug = routine.Slug,
            Hash = hash,
            LibraryId = libraryId,
            Definition = RoutineJson.Write(routine),
            Whys = [.. result.Whys.Select(WordingJson.Write)],
            Notes = [.. result.Notes.Select(BuiltNote.From)],
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
        return (routine, null);
    }
}
