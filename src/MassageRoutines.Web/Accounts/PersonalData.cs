using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Accounts;

/// <summary>Whose data: an account (its id, and the same as the runner its sessions belong to); or, for this device only, an anonymous runner.</summary>
public sealed record DataSubject(string? UserId, OwnerKey Runner)
{
    public static DataSubject Account(string userId) => new(userId, OwnerKey.Account(userId));

    /// <summary>A device's runner; a device that has none yet finds nothing.</summary>
    public static DataSubject Anonymous(OwnerKey? runner) => new(null, runner ?? OwnerKey.Device(""));
}

/// <summary>
/// One kind of thing the app holds about a person: its rows for their download, and how they are
/// deleted. <paramref name="ByRunner"/>: found by the runner alone, so an anonymous runner's too.
/// </summary>
public sealed record PersonalDataSection(
    string Name,
    Func<MassageDbContext, DataSubject, IAsyncEnumerable<object>> Rows,
    Func<MassageDbContext, DataSubject, CancellationToken, Task<int>> DeleteAsync,
    bool ByRunner = false);

/// <summary>
/// Everything the app holds about an account, in one list of sections: the download writes each
/// section in turn, streamed row by row, and deleting the account deletes each, in one transaction.
/// A table that holds someone's data gets one line here, and so joins both.
/// </summary>
public static class PersonalData
{
    /// <summary>Written in this order; deleted in the reverse, so the account goes last, after all that refers to it.</summary>
    public static readonly IReadOnlyList<PersonalDataSection> Sections =
    [
        Section("account", (db, who) => db.Users.Where(u => u.Id == who.UserId), (db, rows) => rows.Select(u => new
        {
            u.Id, u.UserName, u.Email, u.EmailConfirmed, u.PhoneNumber, u.TwoFactorEnabled,
            u.PhoneNumberConfirmed, u.LockoutEnd, u.AccessFailedCount,
            Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => role.Name).ToList(),
        })),
        // Identity's other tables about the account. Left out, here and above, are the columns that are
        // credentials or the app's bookkeeping rather than facts about the person: PasswordHash (a key
        // to the account, even hashed), SecurityStamp and ConcurrencyStamp (random values Identity
        // changes to end sessions and detect edits), the Normalized* copies of the name and email,
        // and a token's Value (an authenticator key or recovery codes would let whoever holds the file
        // pass the second factor). Each goes with the account too: deleted before it, in this list's reverse.
        Section("claims", (db, who) => db.UserClaims.Where(c => c.UserId == who.UserId),
            (db, rows) => rows.OrderBy(c => c.Id).Select(c => new { Type = c.ClaimType, Value = c.ClaimValue })),
        Section("logins", (db, who) => db.UserLogins.Where(l => l.UserId == who.UserId),
            (db, rows) => rows.OrderBy(l => l.LoginProvider).Select(l => new { l.LoginProvider, l.ProviderKey, l.ProviderDisplayName })),
        Section("tokens", (db, who) => db.UserTokens.Where(t => t.UserId == who.UserId),
            (db, rows) => rows.OrderBy(t => t.LoginProvider).ThenBy(t => t.Name).Select(t => new { t.LoginProvider, t.Name })),
        Section("sessions", (db, who) => db.SessionLogs.OwnedBy(who.Runner),
            (db, rows) => rows.OrderBy(l => l.StartedAt).Select(l => SessionView.From(l)), byRunner: true),
        Section("dayTotals", (db, who) => db.DayTotals.OwnedBy(who.Runner),
            (db, rows) => rows.OrderBy(t => t.Day).Select(t => new { Day = DateOnly.FromDayNumber(t.Day), t.Sessions, t.Completed, t.PainStops, t.ActiveSeconds }),
            byRunner: true),
        Section("regionTotals", (db, who) => db.WeekRegionTotals.OwnedBy(who.Runner),
            (db, rows) => rows.OrderBy(t => t.Week).Select(t => new { WeekOf = DateOnly.FromDayNumber(t.Week), t.Region, t.Seconds }), byRunner: true),
        Section("dayRuns", (db, who) => db.DayRuns.OwnedBy(who.Runner),
            (db, rows) => rows.OrderBy(r => r.FirstDay).Select(r => new { From = DateOnly.FromDayNumber(r.FirstDay), To = DateOnly.FromDayNumber(r.LastDay) }),
            byRunner: true),
        Section("reminders", (db, who) => db.ReminderSettings.OwnedBy(who.Runner),
            (db, rows) => rows.Select(r => new { r.Days, r.From, r.To, r.IntervalMinutes, r.QuietDates, r.TimeZoneId, r.SnoozedUntil }), byRunner: true),
        Section("pushSubscriptions", (db, who) => db.PushSubscriptions.OwnedBy(who.Runner),
            (db, rows) => rows.OrderBy(p => p.CreatedAt).Select(p => new { p.Endpoint, p.CreatedAt }), byRunner: true),
        Section("keptRoutines", (db, who) => db.SavedRoutines.Where(r => r.UserId == who.UserId),
            (db, rows) => rows.OrderBy(r => r.SavedAt).Select(r => new { r.Name, Routine = r.BuiltRoutine!.Slug, r.SavedAt })),
        Section("groups", (db, who) => db.GroupMembers.Where(m => m.UserId == who.UserId),
            (db, rows) => rows.OrderBy(m => m.JoinedAt).Select(m => new { Group = m.Group!.Name, m.JoinedAt })),
        // Groups coached alone go with their coach, plan and memberships too: no one would be left to coach them.
        new("coaching",
            (db, who) => Rows(db.GroupCoaches.Where(c => c.UserId == who.UserId).OrderBy(c => c.GroupId)
                .Join(db.Groups, c => c.GroupId, g => g.Id, (c, g) => new { Group = g.Name, c.IsOwner })),
            async (db, who, ct) =>
                await db.Groups.Where(g => g.Coaches.Any(c => c.UserId == who.UserId) && g.Coaches.All(c => c.UserId == who.UserId)).ExecuteDeleteAsync(ct)
                + await db.GroupCoaches.Where(c => c.UserId == who.UserId).ExecuteDeleteAsync(ct)),
        Section("libraries", (db, who) => db.LibraryEditors.Where(e => e.UserId == who.UserId),
            (db, rows) => rows.OrderBy(e => e.LibraryId).Join(db.Libraries, e => e.LibraryId, l => l.Id, (e, l) => new { Library = l.Name, e.IsOwner })),
        Section("kiosks", (db, who) => db.Kiosks.Where(k => k.CreatedBy == who.UserId),
            (db, rows) => rows.OrderBy(k => k.Id).Select(k => new { k.Name, k.CreatedAt, k.RevokedAt })),
    ];

    /// <summary>What keeps an account from being deleted: things others still use, which only this account can hand over.</summary>
    public static async Task<List<string>> BlockersAsync(MassageDbContext db, DataSubject who, IStringLocalizer<Words> T, CancellationToken ct)
    {
        var kiosks = await db.Kiosks.Where(k => k.CreatedBy == who.UserId && k.RevokedAt == null).Select(k => k.Name).ToListAsync(ct);
        var libraries = await db.Libraries.Where(l => l.Editors.Any(e => e.UserId == who.UserId) && l.Editors.All(e => e.UserId == who.UserId))
            .Select(l => l.Name).ToListAsync(ct);
        return
        [
            .. kiosks.Select(name => T["The kiosk {0} is still active: revoke it on the Kiosks page first.", name].Value),
            .. libraries.Select(name => T["You are the only coach who can edit the library {0}: add another coach to it first.", name].Value),
        ];
    }

    /// <summary>
    /// Deletes every section, in one transaction: all of it goes, or (on any failure) none of it. For an
    /// anonymous runner, the sections found by the runner: this device's history and reminders.
    /// </summary>
    public static async Task DeleteAsync(MassageDbContext db, DataSubject who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var section in Sections.Reverse().Where(s => who.UserId is not null || s.ByRunner))
        {
            await section.DeleteAsync(db, who, ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { Kebab.JsonConverter },
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = true,
    };

    /// <summary>
    /// All sections as one JSON object of arrays, sent as the rows arrive, so memory stays flat however
    /// many there are. For an anonymous runner, the sections found by the runner id: this device's.
    /// </summary>
    public static async Task WriteAsync(PipeWriter body, MassageDbContext db, DataSubject who, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default });
        json.WriteStartObject();
        foreach (var section in Sections.Where(s => who.UserId is not null || s.ByRunner))
        {
            json.WriteStartArray(section.Name);
            await foreach (var row in section.Rows(db, who).WithCancellation(ct))
            {
                JsonSerializer.Serialize(json, row, row.GetType(), Json);
                if (json.BytesPending > 16 * 1024)
                {
                    json.Flush();
                    await body.FlushAsync(ct);
                }
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.Flush();
        await body.FlushAsync(ct);
    }

    /// <summary>A section of the rows <paramref name="whose"/> finds: each written as <paramref name="view"/> makes it, and all deleted.</summary>
    private static PersonalDataSection Section<T, TView>(string name, Func<MassageDbContext, DataSubject, IQueryable<T>> whose,
        Func<MassageDbContext, IQueryable<T>, IQueryable<TView>> view, bool byRunner = false) where T : class =>
        new(name,
            (db, who) => Rows(view(db, whose(db, who).AsNoTracking())),
            (db, who, ct) => whose(db, who).ExecuteDeleteAsync(ct),
            byRunner);

    private static async IAsyncEnumerable<object> Rows<T>(IQueryable<T> query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row!;
        }
    }
}
