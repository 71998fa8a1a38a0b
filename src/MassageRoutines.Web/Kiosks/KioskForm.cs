using System.ComponentModel.DataAnnotations;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;

namespace MassageRoutines.Web.Kiosks;

/// <summary>A new kiosk, as the coach's form posts it.</summary>
public sealed class KioskForm
{
    [Required(ErrorMessage = "Give the kiosk a name, like \"Front desk tablet\".")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A kiosk name can be at most {1} characters.")]
    public string? Name { get; set; }

    public int? LibraryId { get; set; }

    /// <summary>Routine slugs to show; none shows every published routine of the library.</summary>
    public List<string> Routines { get; set; } = [];

    [Range(30, 600, ErrorMessage = "Idle time must be between 30 and 600 seconds.")]
    public int IdleSeconds { get; set; } = KioskRecord.DefaultIdleSeconds;

    /// <summary>What the kiosk speaks until someone taps another language, and returns to when idle.</summary>
    public string Language { get; set; } = LanguagesSetup.Default;

    public bool WakeLock { get; set; } = true;
    public bool Voice { get; set; }
}
