namespace MassageRoutines.Engine.Reminders;

/// <summary>What makes reminder settings fit to schedule; the settings form and the API both check these.</summary>
public static class ReminderRules
{
    public const int ShortestIntervalMinutes = 10;
    public const int LongestIntervalMinutes = 240;
    public const int MaxQuietDates = 366;
    public const int MaxTimeZoneIdLength = 64;

    public static IReadOnlyList<RuleViolation> Check(ReminderSettings settings)
    {
        var v = new Violations();
        v.Check(settings.Days.All(Enum.IsDefined), "days", "A day of the week must be one of Sunday to Saturday.");

        var hoursInOrder = settings.From < settings.To;
        v.Check(hoursInOrder, "to",
            $"The reminder hours must end after they start ({settings.From:HH:mm} to {settings.To:HH:mm}); they cannot run past midnight.");
        v.Range(settings.IntervalMinutes, ShortestIntervalMinutes, LongestIntervalMinutes, "intervalMinutes", "Minutes between breaks");
        if (hoursInOrder && settings.IntervalMinutes > 0)
        {
            v.Check((settings.To - settings.From).TotalMinutes > settings.IntervalMinutes, "intervalMinutes",
                $"The hours {settings.From:HH:mm} to {settings.To:HH:mm} leave no room for a break every {settings.IntervalMinutes} minutes: make the hours longer or the interval shorter.");
        }

        v.Check(settings.QuietDates.Count <= MaxQuietDates, "quietDates",
            $"At most {MaxQuietDates} quiet dates can be kept (there are {settings.QuietDates.Count}).");

        v.Text(settings.TimeZoneId, "timeZoneId", "Time zone", MaxTimeZoneIdLength);
        if (!string.IsNullOrWhiteSpace(settings.TimeZoneId) && settings.TimeZoneId.Length <= MaxTimeZoneIdLength)
        {
            v.Check(WallClock.FindZone(settings.TimeZoneId) is not null, "timeZoneId",
                $"'{settings.TimeZoneId}' is not a time zone this server knows; use an IANA id like 'Europe/London'.");
        }
        return v;
    }
}
