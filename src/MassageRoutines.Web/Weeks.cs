namespace MassageRoutines.Web;

/// <summary>Weeks as the site counts them: Monday first.</summary>
public static class Weeks
{
    public static IReadOnlyList<DayOfWeek> Days { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
