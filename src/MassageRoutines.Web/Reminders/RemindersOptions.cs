using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Reminders;

/// <summary>The "Reminders" settings: who runs the site, for push services, how often this instance pushes, and where it may push to.</summary>
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

    /// <summary>
    /// The push services a subscription may name, on https and port 443: a host, or "*." and a domain for
    /// any of its subdomains. Hosts set in configuration are added to the browsers' own four.
    /// </summary>
    [Required(ErrorMessage = "Reminders:PushHosts must list hosts such as fcm.googleapis.com or *.push.apple.com.")]
    public string[] PushHosts { get; set; } =
        ["fcm.googleapis.com", "*.push.services.mozilla.com", "*.push.apple.com", "*.notify.windows.com"];

    /// <summary>How many pushes this instance sends at once.</summary>
    [Range(1, 100, ErrorMessage = "Reminders:ParallelPushes must be a whole number from 1 to 100.")]
    public int ParallelPushes { get; set; } = 10;

    /// <summary>How long one push may take, connecting included, before it counts as failed.</summary>
    [Range(1, 60, ErrorMessage = "Reminders:PushTimeoutSeconds must be a whole number of seconds from 1 to 60.")]
    public int PushTimeoutSeconds { get; set; } = 10;

    /// <summary>New push subscriptions a client may send a minute.</summary>
    [Range(1, 10_000, ErrorMessage = "Reminders:SubscriptionsPerMinute must be a whole number from 1 to 10000.")]
    public int SubscriptionsPerMinute { get; set; } = 10;

    /// <summary>
    /// For tests and local development only: hosts taken as push services on any scheme and port, such
    /// as a stand-in push service on 127.0.0.1. Empty by default.
    /// </summary>
    public string[] LocalPushHosts { get; set; } = [];

    /// <summary>
    /// For tests and local development only: lets pushes connect to loopback and private addresses, which
    /// are refused by default whatever a host resolves to.
    /// </summary>
    public bool AllowPrivatePushAddresses { get; set; }
}
