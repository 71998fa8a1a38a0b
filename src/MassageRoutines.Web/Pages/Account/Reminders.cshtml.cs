using System.Globalization;
using MassageRoutines.Engine;
using MassageRoutines.Engine.Reminders;
using MassageRoutines.Web.Calendar;
using MassageRoutines.Web.Pages.Shared;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>
/// Movement-break reminders, for a signed-in runner or, on this browser, an anonymous one: the settings
/// are kept on the server under the runner's id either way, since push needs them there.
/// </summary>
public sealed class RemindersModel(MovementBreaks breaks, SiteTimeZone zone, CalendarFeeds calendars, IStringLocalizer<Words> T) : PageModel
{
    [BindProperty]
    public ReminderForm Form { get; set; } = new();

    /// <summary>Whether the runner has reminders stored (the form shows them) or sees the defaults.</summary>
    public bool IsOn { get; private set; }

    public DateTimeOffset? NextBreak { get; private set; }

    /// <summary>Whether the page picks the browser's time zone: when the runner sets reminders up for the first time.</summary>
    public bool UseBrowserZone { get; private set; }

    /// <summary>The server's VAPID public key, which a browser's push subscription is made for.</summary>
    public string PushKey { get; private set; } = "";

    public IReadOnlyList<string> TimeZones { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var state = await breaks.StateAsync(RunnerIdentity.Find(HttpContext), ct);
        Form = state.Record is null ? ReminderForm.Defaults(zone.Zone.Id) : ReminderForm.Of(state.Record.ToSettings());
        UseBrowserZone = state.Record is null;
        Show(state);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var runner = RunnerIdentity.FindOrCreate(HttpContext);
        var settings = Form.ToSettings(ModelState, T);
        if (settings is not null)
        {
            EngineFields.Plain.Add(ReminderRules.Check(settings), ModelState, T);
        }
        if (!ModelState.IsValid || settings is null)
        {
            Show(await breaks.StateAsync(runner, ct));
            return Page();
        }

        await breaks.SaveAsync(runner, settings, ct);
        Message = "Your reminders are saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOffAsync(CancellationToken ct)
    {
        await breaks.TurnOffAsync(RunnerIdentity.Find(HttpContext), ct);
        Message = "Reminders are off.";
        return RedirectToPage();
    }

    /// <summary>A new address for the movement breaks' calendar feed; the old one answers 404 from now on.</summary>
    public async Task<IActionResult> OnPostReplaceCalendarAsync(CancellationToken ct)
    {
        if (!await calendars.ReplaceBreaksTokenAsync(RunnerIdentity.Find(HttpContext), ct))
        {
            return NotFound();
        }
        Message = "Your movement breaks' calendar has a new address. The old one no longer works: subscribe again with the new one.";
        return RedirectToPage();
    }

    private void Show(ReminderState state)
    {
        IsOn = state.Record is not null;
        NextBreak = state.NextBreak;
        PushKey = state.PushKey;
        TimeZones = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append(Form.TimeZoneId ?? "").Where(id => id.Length > 0)
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A time of day as the runner's own zone shows it, in the page's language.</summary>
    public string Local(DateTimeOffset instant) =>
        WallClock.FindZone(Form.TimeZoneId ?? "") is { } local
            ? LocalDates.DayAndTime(T, TimeZoneInfo.ConvertTime(instant, local))
            : instant.ToString("u", CultureInfo.InvariantCulture);
}

/// <summary>The reminder settings as the form posts them; <see cref="ToSettings"/> reads them or names what it cannot.</summary>
public sealed class ReminderForm
{
    /// <summary>Weekdays in kebab case ("monday").</summary>
    public List<string> Days { get; set; } = [];

    /// <summary>"HH:mm", as a time input sends it.</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    public int IntervalMinutes { get; set; } = ReminderSettings.DefaultIntervalMinutes;

    /// <summary>Dates like 2026-12-25, separated by spaces, commas or new lines.</summary>
    public string? QuietDates { get; set; }

    public string? TimeZoneId { get; set; }

    public static ReminderForm Defaults(string timeZoneId) => new()
    {
        Days = Weeks.Days.Take(5).Select(Kebab.Of).ToList(),
        From = "09:00",
        To = "17:00",
        TimeZoneId = timeZoneId,
    };

    public static ReminderForm Of(ReminderSettings settings) => new()
    {
        Days = Weeks.Days.Where(settings.Days.Contains).Select(Kebab.Of).ToList(),
        From = settings.From.ToString("HH:mm", CultureInfo.InvariantCulture),
        To = settings.To.ToString("HH:mm", CultureInfo.InvariantCulture),
        IntervalMinutes = settings.IntervalMinutes,
        QuietDates = string.Join(" ", settings.QuietDates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        TimeZoneId = settings.TimeZoneId,
    };

    /// <summary>The settings, or null when a field cannot be read (each such field gets its error).</summary>
    public ReminderSettings? ToSettings(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors, IStringLocalizer<Words> T)
    {
        var readable = errors.IsValid;
        var days = Kebab.ParseAll<DayOfWeek>(Days, (Wording problem) => errors.AddModelError("Form.Days", T["Days: {0}", T.Say(problem)]));
        var from = Time(From, "Form.From", T["From"]);
        var to = Time(To, "Form.To", T["To"]);
        var quiet = new HashSet<DateOnly>();
        foreach (var text in (QuietDates ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                quiet.Add(date);
            }
            else
            {
                errors.AddModelError("Form.QuietDates", T["Quiet dates: '{0}' is not a date like 2026-12-25.", FormBinding.Shorten(text)]);
                readable = false;
            }
        }
        readable &= days.Count == Days.Count && from is not null && to is not null;
        return readable
            ? new ReminderSettings
            {
                Days = days.ToHashSet(),
                From = from!.Value,
                To = to!.Value,
                IntervalMinutes = IntervalMinutes,
                QuietDates = quiet,
                TimeZoneId = TimeZoneId?.Trim() ?? "",
            }
            : null;

        TimeOnly? Time(string? text, string key, string name)
        {
            if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }
            errors.AddModelError(key, string.IsNullOrWhiteSpace(text)
                ? T["{0}: enter a time like 09:00.", name]
                : T["{0}: '{1}' is not a time like 09:00.", name, FormBinding.Shorten(text)]);
            return null;
        }
    }
}
