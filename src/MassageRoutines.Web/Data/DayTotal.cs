using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>
/// The sessions one runner or kiosk logged on one day, kept up to date as logs arrive, so history and
/// kiosk usage read a few rows whatever the number of sessions behind them.
/// </summary>
public sealed class DayTotal : IOwnedRow
{
    public OwnerKind OwnerKind { get; set; }

    /// <summary>The owner's id, as <see cref="OwnerKey.Id"/>.</summary>
    public required string OwnerId { get; set; }

    /// <summary>The day in the site's time zone, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; set; }

    public int Sessions { get; set; }
    public int Completed { get; set; }
    public int PainStops { get; set; }

    /// <summary>Seconds of massage after the warm-up, as <see cref="SessionLog.ActiveSeconds"/>.</summary>
    public int ActiveSeconds { get; set; }
}

/// <summary>Massage seconds per body region in one week, for one runner or kiosk (see <see cref="DayTotal"/>): what history's weekly chart shows.</summary>
public sealed class WeekRegionTotal : IOwnedRow
{
    public OwnerKind OwnerKind { get; set; }
    public required string OwnerId { get; set; }

    /// <summary>The week's Monday, as <see cref="DateOnly.DayNumber"/> (day number 0 is a Monday).</summary>
    public int Week { get; set; }

    public BodyRegion Region { get; set; }
    public int Seconds { get; set; }
}

/// <summary>
/// Days in a row with at least one session, for one runner or kiosk: the day totals' days, grouped
/// into unbroken runs as they arrive (see <see cref="Sessions.DayRuns"/>), so a streak is one row
/// however long it is.
/// </summary>
public sealed class DayRun : IOwnedRow
{
    public OwnerKind OwnerKind { get; set; }
    public required string OwnerId { get; set; }

    /// <summary>The run's first and last day, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int FirstDay { get; set; }

    public int LastDay { get; set; }
}
