using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Reminders;

/// <summary>The "Reminders" settings: who runs the site, for push services, and how often this instance pushes.</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Used when <see cref="PushContact"/> is left empty.</summary>
    internal const string DefaultPushContact = "mailto:admin@localhost";

    /// <summary>Who runs this server, for push services to contact (the VAPID JWT's "sub"); empty means the default.</summary>
    [RegularExpression(@"^(mailto:|https:)\S+$",
        ErrorMessage = "Reminders:PushContact must be a mailto: or https: address, like mailto:admin@example.com.")]
    public string PushContact { get; set; } = DefaultPushContact;

    /// <summary>Seconds between two rounds of pushes; 0 turns pushing off on this instance.</summary>
    [Range(0, 86_400, ErrorMessage = "Reminders:PushEverySeconds must be a whole number of seconds from 0 (off) to 86400.")]
    public int PushEverySeconds { get; set; } = 15;
}
