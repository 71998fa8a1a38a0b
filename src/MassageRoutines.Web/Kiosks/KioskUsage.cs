using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Kiosks;

/// <summary>How one kiosk was used over the last <see cref="GymKiosks.UsageDays"/> days: sessions per day, and the totals.</summary>
public sealed record KioskUsage(KioskRecord Kiosk, IReadOnlyList<(DateOnly Day, int Sessions)> PerDay, int Sessions, int Completed, int PainStops)
{
    public int CompletionPercent => Sessions == 0 ? 0 : (int)Math.Round(100.0 * Completed / Sessions);
}
