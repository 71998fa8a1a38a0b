namespace MassageRoutines.Web;

/// <summary>
/// A week as the calendar has it, Monday first: "this week" in the history, the weeks of the region
/// chart and of the day totals, the days of a plan. Not to be confused with <see cref="SevenDays"/>.
/// </summary>
public static class Weeks
{
    public static IReadOnlyList<DayOfWeek> Days { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>
/// Seven days in a row ending on a given day, whatever weekday it is: "the last seven days" in the
/// history, a group's weeks of adherence. Not a calendar week (<see cref="Weeks"/>).
/// </summary>
public static class SevenDays
{
    /// <summary>The first of the seven days that end on <paramref name="last"/>.</summary>
    public static DateOnly StartOf(DateOnly last) => last.AddDays(-6);

    /// <summary>The seven days that end on <paramref name="last"/>, in order.</summary>
    public static IEnumerable<DateOnly> EndingOn(DateOnly last) => Enumerable.Range(0, 7).Select(i => StartOf(last).AddDays(i));
}
