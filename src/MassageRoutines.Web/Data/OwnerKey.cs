using System.Globalization;

namespace MassageRoutines.Web.Data;

/// <summary>Who session logs, their totals and reminders belong to.</summary>
public enum OwnerKind
{
    /// <summary>A signed-in runner: the id is their Identity user id.</summary>
    Account,

    /// <summary>An anonymous browser: the id is the 32 hex digits of its cookie.</summary>
    Device,

    /// <summary>A gym's kiosk: the id is the kiosk's number, as text.</summary>
    Kiosk,
}

/// <summary>
/// An owner as the tables store it: its kind and its id, two columns. Session logs keep the id in the
/// column of its kind (<see cref="SessionLog.AccountId"/>, <see cref="SessionLog.DeviceId"/>, <see cref="SessionLog.KioskId"/>).
/// </summary>
public readonly record struct OwnerKey(OwnerKind Kind, string Id)
{
    public static OwnerKey Account(string userId) => new(OwnerKind.Account, userId);

    public static OwnerKey Device(string deviceId) => new(OwnerKind.Device, deviceId);

    public static OwnerKey Kiosk(int kioskId) => new(OwnerKind.Kiosk, kioskId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The kiosk's number, for a kiosk's key.</summary>
    public int KioskId => int.Parse(Id, CultureInfo.InvariantCulture);
}

/// <summary>A row of a table keyed by an owner's kind and id (the day totals, reminders and the like).</summary>
public interface IOwnedRow
{
    OwnerKind OwnerKind { get; }
    string OwnerId { get; }
}

public static class OwnedRows
{
    /// <summary>The owner's rows, through the index that starts with their kind and id.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> rows, OwnerKey owner) where T : class, IOwnedRow
    {
        var (kind, id) = (owner.Kind, owner.Id);
        return rows.Where(r => r.OwnerKind == kind && r.OwnerId == id);
    }
}
