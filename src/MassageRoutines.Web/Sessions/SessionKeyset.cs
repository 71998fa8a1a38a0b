using System.Buffers.Binary;
using System.Buffers.Text;
using System.Linq.Expressions;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

/// <summary>Where a page of sessions ends: the next page starts after this one, newest first.</summary>
public sealed record SessionCursor(DateTime StartedAt, Guid Id)
{
    /// <summary>Opaque to clients: the start time's ticks and the id, in base64url.</summary>
    public string Encode()
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, StartedAt.Ticks);
        Id.TryWriteBytes(bytes.AsSpan(8));
        return Base64Url.EncodeToString(bytes);
    }

    public static SessionCursor? Decode(string? text)
    {
        // 24 bytes are 32 characters of base64url; anything else is not a cursor (and the decoder throws on some of it).
        var bytes = new byte[24];
        if (text is not { Length: 32 } || !Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != 24)
        {
            return null;
        }
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return ticks is < 0 or > 3_155_378_975_999_999_999 ? null : new(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes.AsSpan(8)));
    }
}

/// <summary>
/// A runner's sessions, newest first, a page at a time by keyset (the start time, then the id), so
/// the thousandth page costs what the first does; or all of them as a stream, for a download.
/// </summary>
public static class SessionKeyset
{
    public const int PageSize = 20;
    public const int MaxPageSize = 100;

    public static Task<(List<SessionLog> Sessions, SessionCursor? Next)> PageAsync(
        MassageDbContext db, OwnerKey runner, SessionCursor? after, int size, CancellationToken ct) =>
        PageAsync(db, runner, after, size, log => log, log => new(log.StartedAt, log.Id), ct);

    /// <summary>A page of the columns <paramref name="select"/> reads; <paramref name="cursorOf"/> gives where a row ends the page.</summary>
    public static async Task<(List<T> Sessions, SessionCursor? Next)> PageAsync<T>(MassageDbContext db, OwnerKey runner, SessionCursor? after, int size,
        Expression<Func<SessionLog, T>> select, Func<T, SessionCursor> cursorOf, CancellationToken ct)
    {
        var page = await Newest(db, runner, after).Select(select).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? cursorOf(page[size - 1]) : null;
        return (page.Take(size).ToList(), next);
    }

    public static IAsyncEnumerable<SessionLog> AllAsync(MassageDbContext db, OwnerKey runner) => Newest(db, runner, after: null).AsAsyncEnumerable();

    private static IQueryable<SessionLog> Newest(MassageDbContext db, OwnerKey runner, SessionCursor? after)
    {
        var logs = db.SessionLogs.AsNoTracking().OwnedBy(runner);
        if (after is not null)
        {
            // The first condition alone bounds the index range, so a deep page seeks to where it starts instead of walking there.
            logs = logs.Where(l => l.StartedAt <= after.StartedAt && (l.StartedAt < after.StartedAt || l.Id.CompareTo(after.Id) < 0));
        }
        return logs.OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id);
    }
}
