using System.Globalization;
using System.Text.Json;
using MassageRoutines.Engine;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web;

/// <summary>
/// The words people read, each phrase once, for those said in more than one place or by the browser.
/// A domain value's own name (a phase, a region, a side) and the engine's advice are in the engine's
/// <see cref="Labels"/>. The browser's modules write none of their own: a page hands them theirs
/// (<see cref="Browser"/>, rendered by Pages/Shared/_Words.cshtml, read by wwwroot/js/words.js).
/// </summary>
public static class Phrases
{
    /// <summary>A movement-break reminder, pushed by the server or shown by the open page.</summary>
    public const string MovementBreakTitle = "Time for a movement break";
    public const string MovementBreakBody = "Stand up and move for a few minutes.";

    /// <summary>
    /// The browser modules' words, in groups by the modules that use them; a page hands over the groups
    /// its modules need. {name} marks a value the module fills in.
    /// </summary>
    public static class Browser
    {
        /// <summary>The player (player.js, player-view.js), on the /play page and the kiosk.</summary>
        public static readonly IReadOnlyDictionary<string, string> Player = new Dictionary<string, string>
        {
            ["paused"] = "Paused",
            ["resumed"] = "Resumed",
            ["sessionComplete"] = "Session complete. Well done.",
            ["sessionEnded"] = "Session ended.",
            ["warmUpFirstThenConfirm"] = "Warm up for {minutes} minutes first, then confirm",
            ["getReady"] = "Get ready: {move}",
            ["moveOnSide"] = "{move}, {side}",
            ["moveOnSideShort"] = "{move} ({side})",
            ["left"] = Labels.Of(Side.Left),
            ["right"] = Labels.Of(Side.Right),
            ["leftSide"] = Labels.Of(Side.Left),
            ["rightSide"] = Labels.Of(Side.Right),
            ["finish"] = "Finish",
            ["workWithPressure"] = "{label} · {intensity} pressure",
            ["gentle"] = Labels.Of(Intensity.Gentle),
            ["moderate"] = Labels.Of(Intensity.Moderate),
            ["deep"] = Labels.Of(Intensity.Deep),
            ["warmUpFirst"] = "Warm up first",
            ["warmedUp"] = "I've warmed up for {minutes} minutes",
            ["next"] = "Next: {what}",
            ["pause"] = "Pause",
            ["resume"] = "Resume",
        };

        /// <summary>The /play page around the player (play-page.js): its end screen and log form.</summary>
        public static readonly IReadOnlyDictionary<string, string> PlayPage = new Dictionary<string, string>
        {
            ["doneComplete"] = "Session complete",
            ["doneEnded"] = "Session ended",
            ["stepsOf"] = "{done} of {total}",
            ["saving"] = "Saving…",
            ["saved"] = "Saved",
            ["savedOnDevice"] = "Saved on this device. It will be sent when you are back online.",
            ["notSaved"] = "Not saved: {problem}",
            ["unknownProblem"] = "unknown problem",
            ["routineNotLoaded"] = "The routine could not be loaded. Check your connection and try again.",
        };

        /// <summary>The kiosk around the player (kiosk.js and its parts).</summary>
        public static readonly IReadOnlyDictionary<string, string> Kiosk = new Dictionary<string, string>
        {
            ["kioskRoutineNotLoaded"] = "That routine could not be loaded. Check the network, then try again.",
            ["nothingBuilt"] = "No routine can be built for that with the gear here. Try another time of day, or pick a routine.",
            ["buildFailed"] = "A routine could not be built. Check the network, then try again.",
            ["oneLogWaiting"] = "{count} log waiting to be sent",
            ["logsWaiting"] = "{count} logs waiting to be sent",
            ["offline"] = "Offline: {logs}",
        };

        /// <summary>
        /// Movement-break reminders and the home page's "Today" (reminders.js, today.js), and the runner's
        /// service worker, which gets its words when a page registers it (runner-worker.js).
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string> Reminders = new Dictionary<string, string>
        {
            ["reminderTitle"] = MovementBreakTitle,
            ["reminderBody"] = MovementBreakBody,
            ["start"] = "Start",
            ["later"] = "Later",
            ["noBoutsYet"] = $"No bouts yet today. {Labels.TwoBoutsADay}",
            ["boutsSoFar"] = "{bouts} of {goal} bouts today.",
            ["boutsGoalReached"] = "{bouts} of {goal} bouts today: that is today's goal reached.",
            ["remindersOff"] = "Movement-break reminders are off.",
            ["noBreakDue"] = "No movement break is due in the next two weeks.",
            ["nextBreakBefore"] = "Next movement break: ",
            ["nextBreakAfter"] = ".",
        };

        /// <summary>The reminder settings page (reminder-settings.js), which also registers the service worker.</summary>
        public static readonly IReadOnlyDictionary<string, string> ReminderSettings = new Dictionary<string, string>
        {
            ["reminderTitle"] = MovementBreakTitle,
            ["notificationsBlocked"] = "Notifications are blocked for this site. Allow them in your browser's settings to be reminded while the app is closed.",
            ["subscriptionRefused"] = "The server did not take this device's subscription. Try again later.",
            ["notificationsOn"] = "Notifications are on for this device.",
            ["notificationsOff"] = "Notifications are off for this device.",
            ["notificationsFailed"] = "Notifications could not be changed on this device.",
        };

        /// <summary>A routine's page (rest-advice.js).</summary>
        public static readonly IReadOnlyDictionary<string, string> RestAdvice = new Dictionary<string, string>
        {
            ["restAdvice"] = "{region}: {reason}. Consider resting it until {until}.",
        };

        /// <summary>Words the modules put inside a sentence ("Calf, left side"): a label there loses its first capital.</summary>
        private static readonly HashSet<string> InSentence = ["left", "right", "gentle", "moderate", "deep"];

        /// <summary>The words as the page hands them over: JSON, each phrase in the page's language.</summary>
        public static string Json(IReadOnlyDictionary<string, string> words, IStringLocalizer<Words> localizer) =>
            JsonSerializer.Serialize(words.ToDictionary(word => word.Key, word =>
                InSentence.Contains(word.Key) ? LowerFirst(localizer[word.Value]) : localizer[word.Value].Value));
    }

    /// <summary>
    /// A label inside a sentence: only its first letter is lowered, so a German noun after it keeps its
    /// capital ("Linke Seite" becomes "linke Seite"). Holds for labels that start with an adjective or a
    /// preposition, as every label used this way does.
    /// </summary>
    public static string LowerFirst(string label) =>
        label.Length == 0 ? label : string.Concat(label[..1].ToLower(CultureInfo.CurrentCulture), label[1..]);
}
