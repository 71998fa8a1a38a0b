using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;

namespace MassageRoutines.Web.Kiosks;

public static class KioskRoutines
{
    /// <summary>
    /// Whether the kiosk shows (and so logs) this routine: one of its chosen few, or any of its library's;
    /// and any routine built from its library, as its "What's sore?" screen builds them.
    /// </summary>
    public static bool Offers(this KioskRecord kiosk, RoutineVersion routine) =>
        routine.Built ? routine.LibraryId == kiosk.LibraryId
        : kiosk.Routines.Count > 0 ? kiosk.Routines.Contains(routine.Routine.Slug)
        : routine.LibraryId == kiosk.LibraryId;
}
