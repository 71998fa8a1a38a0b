using System.Globalization;
using System.Text.Json;
using MassageRoutines.Engine;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
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
            ["noVoice"] = "This device has no voice for this language, so the player sounds tones instead.",
            ["warm-up"] = Labels.Of(SegmentKind.WarmUp),
            ["gate"] = Labels.Of(SegmentKind.Gate),
            ["prepare"] = Labels.Of(SegmentKind.Prepare),
            ["work"] = Labels.Of(SegmentKind.Work),
            ["switch-sides"] = Labels.Of(SegmentKind.SwitchSides),
            ["rest"] = Labels.Of(SegmentKind.Rest),
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
        }.Concat(Enum.GetValues<BodyRegion>().Select(region => KeyValuePair.Create($"region-{Kebab.Of(region)}", Labels.Of(region))))
            .ToDictionary();

        /// <summary>Words the modules put inside a sentence ("Calf, left side"): a label there loses its first capital.</summary>
        private static readonly HashSet<string> InSentence = ["left", "right", "gentle", "moderate", "deep"];

        /// <summary>The words as the page hands them over: JSON, each phrase in the page's language (kept per language by <see cref="BrowserWords"/>).</summary>
        public static string Json(IReadOnlyDictionary<string, string> words, IStringLocalizer<Words> localizer) =>
            JsonSerializer.Serialize(words.ToDictionary(word => word.Key, word =>
                InSentence.Contains(word.Key) ? LowerFirst(localizer[word.Value]) : localizer[word.Value].Value));
    }

    /// <summary>
    /// A label that describes (a side, a pressure, "every day", "done") inside a sentence: its first letter
    /// is lowered in every language, and only that one, so a German noun after it keeps its capital ("Linke
    /// Seite" becomes "linke Seite"). For a label that names a thing or a kind, use <see cref="NounInSentence"/>.
    /// </summary>
    public static string LowerFirst(string label) =>
        label.Length == 0 ? label : string.Concat(label[..1].ToLower(CultureInfo.CurrentCulture), label[1..]);

    /// <summary>What the engine (or a check of the app's own) said, in the page's language: each wording among its values too.</summary>
    public static string Say(this IStringLocalizer<Words> words, Wording wording) =>
        words[wording.Format, [.. wording.Values.Select(value => value is Wording inner ? words.Say(inner) : value)]];

    /// <summary>
    /// A phrase with markup in its places (a <c>&lt;time&gt;</c>, a link): the phrase and plain values are
    /// encoded, <see cref="IHtmlContent"/> values are written as they are.
    /// </summary>
    public static IHtmlContent Html(this IStringLocalizer<Words> words, string key, params object[] values)
    {
        var phrase = words[key];
        return new LocalizedHtmlString(key, phrase.Value, phrase.ResourceNotFound, values);
    }

    /// <summary>
    /// A label that names a thing or a kind (a tool, a drill, a phase) inside a sentence ("with a foam
    /// roller"): as <see cref="LowerFirst"/>, except in German, where it starts with a noun and a noun keeps
    /// its capital ("mit Faszienrolle").
    /// </summary>
    public static string NounInSentence(string label) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? label : LowerFirst(label);

    /// <summary>Alternatives, each already in the page's language: "a or b or c".</summary>
    public static string AnyOf(this IStringLocalizer<Words> words, IEnumerable<string> alternatives) =>
        alternatives.Aggregate((first, second) => words["{0} or {1}", first, second]);

    /// <summary>"Moderate pressure": one phrase for each intensity, as its adjective agrees with the noun in other languages.</summary>
    public static string Pressure(Intensity intensity) => $"{Labels.Of(intensity)} pressure";

    /// <summary>
    /// The timeline with its own cues (getting into position, switching sides, resting, the warm-up check,
    /// the pressure reminders) in the page's language; a move's cues, the library's text, stay as they came.
    /// </summary>
    public static Timeline InLanguage(this Timeline timeline, IStringLocalizer<Words> words) =>
        timeline with
        {
            Segments = timeline.Segments.Select(segment => segment with
            {
                Cues = segment.Cues.Select(cue => cue with { Text = TimelineCue(timeline.Routine, segment, cue.Text, words) ?? cue.Text }).ToList(),
            }).ToList(),
        };

    private static readonly HashSet<string> TimelineSentences = [Labels.SwitchToRightCue, Labels.RestCue, Labels.LighterCue, Labels.PreRunPressureCue];

    /// <summary>The cue in the page's language when the engine said it, or null for a move's own cue.</summary>
    private static string? TimelineCue(Routine routine, Segment segment, string text, IStringLocalizer<Words> words)
    {
        if (TimelineSentences.Contains(text))
        {
            return words[text];
        }
        if (segment.Kind == SegmentKind.Prepare && segment.Move is { } move && text == Labels.PositionCue(move.Position))
        {
            return words[Labels.PositionCueFormat, words[Labels.Of(move.Position)]];
        }
        if (segment.Kind == SegmentKind.Work && text == Labels.KeepPressureCue(segment.Intensity))
        {
            return words[Labels.KeepPressureCueFormat, LowerFirst(words[Labels.Of(segment.Intensity)])];
        }
        var drills = routine.WarmUpDrills.Select(drill => drill.Name).ToList();
        if (segment.Kind == SegmentKind.Gate && text == Labels.WarmUpGateCue(routine.RequiredWarmUpMinutes, drills))
        {
            return drills.Count == 0
                ? words[Labels.WarmUpGateCueFormat, routine.RequiredWarmUpMinutes]
                : words[Labels.WarmUpGateWithDrillsCueFormat, routine.RequiredWarmUpMinutes, string.Join(", ", drills.Select(NounInSentence))];
        }
        return null;
    }
}
