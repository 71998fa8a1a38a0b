using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>
/// The sessions one runner or kiosk logged on one day, kept up to date as logs arrive, so history and
/// kiosk usage read a few rows whatever the number of sessions behind them.
/// </summary>
public sealed class DayTotal
{
    /// <summary>A runner id ("user-…", "anon-…"), or "kiosk-{id}" for a kiosk's anonymous sessions.</summary>
    public required string Who { get; set; }

    /// <summary>The day in the site's time zone, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; set; }

    public int Sessions { get; set; }
    public int Completed { get; set; }
    public int PainStops { get; set; }

    /// <summary>Seconds of massage after the warm-up, as <see cref="SessionLog.ActiveSeconds"/>.</summary>
    public int ActiveSeconds { get; set; }
}

/// <summary>Massage seconds per body region on one day, for one runner or kiosk (see <see cref="DayTotal"/>).</summary>
public sealed class DayRegionTotal
{
    public required string Who { get; set; }
    public int Day { get; set; }
    public BodyRegion Region { get; set; }
    public int Seconds { get; set; }
}
