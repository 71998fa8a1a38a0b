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
        v.Check(settings.Days.All(Enum.IsDefined), "days", new Wording("A day of the week must be one of Sunday to Saturday."));

        var hoursInOrder = settings.From < settings.To;
        v.Check(hoursInOrder, "to",
            new Wording("The reminder hours must end after they start ({0:HH:mm} to {1:HH:mm}); they cannot run past midnight.", settings.From, settings.To));
        v.Range(settings.IntervalMinutes, ShortestIntervalMinutes, LongestIntervalMinutes, "intervalMinutes", new Wording("Minutes between breaks"));
        if (hoursInOrder && settings.IntervalMinutes > 0)
        {
            v.Check((settings.To - settings.From).TotalMinutes > settings.IntervalMinutes, "intervalMinutes",
                new Wording("The hours {0:HH:mm} to {1:HH:mm} leave no room for a break every {2} minutes: make the hours longer or the interval shorter.", settings.From, settings.To, settings.IntervalMinutes));
        }

        v.Check(settings.QuietDates.Count <= MaxQuietDates, "quietDates",
            new Wording("At most {0} quiet dates can be kept (there are {1}).", MaxQuietDates, settings.QuietDates.Count));

        v.Text(settings.TimeZoneId, "timeZoneId", new Wording("Time zone"), MaxTimeZoneIdLength);
        if (!string.IsNullOrWhiteSpace(settings.TimeZoneId) && settings.TimeZoneId.Length <= MaxTimeZoneIdLength)
        {
            v.Check(WallClock.FindZone(settings.TimeZoneId) is not null, "timeZoneId",
                new Wording("'{0}' is not a time zone this server knows; use an IANA id like 'Europe/London'.", settings.TimeZoneId));
        }
        return v;
    }
}
