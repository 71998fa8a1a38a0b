using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// Dates and weekdays as the request's language writes them: the names come from its culture, and the
/// order of day, month and words like "at" from a pattern that is itself a phrase of <see cref="Words"/>
/// (English "dddd d MMMM", Spanish "dddd d 'de' MMMM", German "dddd, d. MMMM").
/// </summary>
public static class LocalDates
{
    /// <summary>"Monday 7 December at 09:00", "lunes 7 de diciembre a las 09:00".</summary>
    public static string DayAndTime(IStringLocalizer T, DateTimeOffset local) =>
        T["{0} at {1}", local.ToString(T["dddd d MMMM"], CultureInfo.CurrentCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture)];

    /// <summary>"Monday 7 Dec", "lunes 7 dic": a day of the week's plan.</summary>
    public static string LongDay(IStringLocalizer T, DateOnly day) => day.ToString(T["dddd d MMM"], CultureInfo.CurrentCulture);

    /// <summary>"Mon 7 Dec, 09:00", "lun 7 dic, 09:00": a session's start in the history's table.</summary>
    public static string ShortDayAndTime(IStringLocalizer T, DateTime local) =>
        local.ToString(T["ddd d MMM, HH:mm"], CultureInfo.CurrentCulture);

    /// <summary>"Mon 7 Dec": a day in the history's table.</summary>
    public static string ShortDay(IStringLocalizer T, DateOnly day) => day.ToString(T["ddd d MMM"], CultureInfo.CurrentCulture);

    /// <summary>"7 Dec": the week a chart's bar starts.</summary>
    public static string DayAndMonth(IStringLocalizer T, DateOnly day) => day.ToString(T["d MMM"], CultureInfo.CurrentCulture);

    /// <summary>The weekday's name as a label starts: "Monday", "Lunes", "Montag".</summary>
    public static string DayName(DayOfWeek day)
    {
        var name = CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);
        return char.ToUpper(name[0], CultureInfo.CurrentCulture) + name[1..];
    }
}
