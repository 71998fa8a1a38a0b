using System.Buffers.Text;
using System.Security.Cryptography;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Kiosks;

/// <summary>What a coach's kiosks page shows: their kiosks and how they were used, and what a new kiosk may show.</summary>
public sealed record KioskAdmin(IReadOnlyList<KioskUsage> Kiosks, IReadOnlyList<Library> Libraries, IReadOnlyList<PublishedRoutine> Routines)
{
    /// <summary>The library a new kiosk shows unless the coach picks another: the default one.</summary>
    public int? DefaultLibraryId => Libraries.FirstOrDefault(l => l.IsReadOnly)?.Id;
}

/// <summary>What a kiosk's screen shows: the kiosk (with its library) and its routines; none once it is revoked.</summary>
public sealed record KioskScreen(KioskRecord Kiosk, IReadOnlyList<PublishedRoutine> Routines);

/// <summary>
/// A gym's kiosks: a coach registers them (each gets a secret address), sees how they are used,
/// replaces their addresses and revokes them; a kiosk's address shows its routines and takes its logs until it is revoked.
/// </summary>
public sealed class GymKiosks(MassageDbContext db, PublishedLibrary published, TimeProvider time, SiteTimeZone zone, IStringLocalizer<Words> t)
{
    public const int UsageDays = 14;

    /// <summary>The coach's kiosks with their usage, and the libraries (the default one and those they edit) a new kiosk may show.</summary>
    public async Task<KioskAdmin> AdminAsync(string coach, CancellationToken ct)
    {
        var libraries = await db.Libraries.Where(l => l.IsReadOnly || l.Editors.Any(e => e.UserId == coach)).OrderBy(l => l.Name).ToListAsync(ct);
        var routines = await published.RoutinesAsync(libraries.Select(l => l.Id).ToHashSet());
        return new KioskAdmin(await UsageAsync(coach, ct), libraries, routines);
    }

    /// <summary>
    /// Registers the kiosk the form describes, unless <paramref name="errors"/> holds a problem already or
    /// gets one here (a library not offered, a routine not published in it). Returns the page as it then
    /// stands and the new kiosk, or null when nothing was written.
    /// </summary>
    public async Task<(KioskAdmin Admin, KioskRecord? Added)> RegisterAsync(string coach, KioskForm form, ModelStateDictionary errors, CancellationToken ct)
    {
        var admin = await AdminAsync(coach, ct);
        form.LibraryId ??= admin.DefaultLibraryId;
        var library = admin.Libraries.FirstOrDefault(l => l.Id == form.LibraryId);
        if (library is null)
        {
            errors.AddModelError("Form.LibraryId", t["Choose one of the libraries listed."]);
        }
        var offered = admin.Routines.Where(r => r.LibraryId == form.LibraryId).Select(r => r.Routine.Slug).ToHashSet();
        if (library is not null && form.Routines.Any(slug => !offered.Contains(slug)))
        {
            errors.AddModelError("Form.Routines", t["Pick only published routines of {0}, or none to show them all.", library.Name]);
        }
        if (!LanguagesSetup.IsSpoken(form.Language))
        {
            errors.AddModelError("Form.Language", t["Choose one of the languages listed."]);
        }
        if (!errors.IsValid)
        {
            return (admin, null);
        }

        var kiosk = new KioskRecord
        {
            Name = form.Name!.Trim(),
            Token = NewToken(),
            LibraryId = library!.Id,
            Routines = [.. form.Routines],
            IdleSeconds = form.IdleSeconds,
            Language = form.Language,
            WakeLock = form.WakeLock,
            Voice = form.Voice,
            CreatedBy = coach,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Kiosks.Add(kiosk);
        await db.SaveChangesAsync(ct);
        return (admin, kiosk);
    }

    /// <summary>Revokes one of the coach's kiosks (again is harmless); null when it is not theirs.</summary>
    public async Task<KioskRecord?> RevokeAsync(string coach, int id, CancellationToken ct)
    {
        var kiosk = await db.Kiosks.FirstOrDefaultAsync(k => k.Id == id && k.CreatedBy == coach, ct);
        if (kiosk is null)
        {
            return null;
        }
        kiosk.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return kiosk;
    }

    /// <summary>
    /// Gives one of the coach's kiosks a new address; the old one then answers exactly as a revoked kiosk's
    /// does, as it is kept as a revoked kiosk of its own. The kiosk keeps its id, settings and usage.
    /// A revoked kiosk keeps its address. Null when the kiosk is not theirs.
    /// </summary>
    public async Task<KioskRecord?> ReplaceAddressAsync(string coach, int id, CancellationToken ct)
    {
        var kiosk = await db.Kiosks.FirstOrDefaultAsync(k => k.Id == id && k.CreatedBy == coach, ct);
        if (kiosk is null || kiosk.RevokedAt is not null)
        {
            return kiosk;
        }
        var old = new KioskRecord
        {
            Name = kiosk.Name,
            Token = kiosk.Token,
            LibraryId = kiosk.LibraryId,
            Routines = [.. kiosk.Routines],
            IdleSeconds = kiosk.IdleSeconds,
            Language = kiosk.Language,
            WakeLock = kiosk.WakeLock,
            Voice = kiosk.Voice,
            CreatedBy = coach,
            CreatedAt = kiosk.CreatedAt,
            RevokedAt = time.GetUtcNow().UtcDateTime,
        };
        // Two writes: the token is unique, so the kiosk lets go of it before its revoked double takes it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        kiosk.Token = NewToken();
        await db.SaveChangesAsync(ct);
        db.Kiosks.Add(old);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return kiosk;
    }

    /// <summary>The screen at a kiosk's address: its chosen routines, or every published one of its library. Null for an unknown address.</summary>
    public async Task<KioskScreen?> ScreenAsync(string token, CancellationToken ct)
    {
        var kiosk = await db.Kiosks.AsNoTracking().Include(k => k.Library).FirstOrDefaultAsync(k => k.Token == token, ct);
        if (kiosk is null)
        {
            return null;
        }
        if (kiosk.RevokedAt is not null)
        {
            return new KioskScreen(kiosk, []);
        }
        var chosen = kiosk.Routines.ToHashSet();
        var routines = (await published.RoutinesAsync([kiosk.LibraryId]))
            .Where(r => chosen.Count == 0 || chosen.Contains(r.Routine.Slug))
            .ToList();
        return new KioskScreen(kiosk, routines);
    }

    /// <summary>The language of the kiosk at this address; null for an unknown address.</summary>
    public Task<string?> LanguageAsync(string token, CancellationToken ct) =>
        db.Kiosks.Where(k => k.Token == token).Select(k => k.Language).FirstOrDefaultAsync(ct);

    /// <summary>The kiosk at this address, revoked or not, for taking its logs; null for an unknown address.</summary>
    public Task<KioskRecord?> FindAsync(string token, CancellationToken ct) =>
        db.Kiosks.AsNoTracking().FirstOrDefaultAsync(k => k.Token == token, ct);

    private async Task<IReadOnlyList<KioskUsage>> UsageAsync(string coach, CancellationToken ct)
    {
        var kiosks = await db.Kiosks.AsNoTracking().Include(k => k.Library).Where(k => k.CreatedBy == coach).OrderBy(k => k.Name).ToListAsync(ct);
        var today = zone.Today(time);
        var first = today.AddDays(1 - UsageDays).DayNumber;
        var ids = kiosks.Select(k => OwnerKey.Kiosk(k.Id).Id).ToList();
        // The day totals kept as logs arrive: a few rows a kiosk, however many sessions it has logged.
        var days = (await db.DayTotals.AsNoTracking()
                .Where(t => t.OwnerKind == OwnerKind.Kiosk && ids.Contains(t.OwnerId) && t.Day >= first && t.Day <= today.DayNumber).ToListAsync(ct))
            .ToLookup(t => t.OwnerId);
        return kiosks.Select(kiosk =>
        {
            var mine = days[OwnerKey.Kiosk(kiosk.Id).Id].ToDictionary(t => t.Day);
            var perDay = Enumerable.Range(0, UsageDays).Select(i => today.AddDays(i - UsageDays + 1))
                .Select(day => (day, mine.GetValueOrDefault(day.DayNumber)?.Sessions ?? 0)).ToList();
            return new KioskUsage(kiosk, perDay, mine.Values.Sum(t => t.Sessions), mine.Values.Sum(t => t.Completed), mine.Values.Sum(t => t.PainStops));
        }).ToList();
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
