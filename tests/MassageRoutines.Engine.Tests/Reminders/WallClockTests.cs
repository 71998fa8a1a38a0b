using MassageRoutines.Engine.Reminders;
using static MassageRoutines.Engine.Tests.Reminders.Reminders;

namespace MassageRoutines.Engine.Tests.Reminders;

public class WallClockTests
{
    private static TimeZoneInfo Zone(string id) => WallClock.FindZone(id) ?? throw new InvalidOperationException($"No zone {id} here.");

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public void Finds_iana_zones(string id)
    {
        Assert.Equal(id, WallClock.FindZone(id)?.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("America")]
    [InlineData("../../etc/passwd")]
    public void Unknown_zones_are_null_not_exceptions(string id)
    {
        Assert.Null(WallClock.FindZone(id));
    }

    [Theory]
    [InlineData("2026-03-02T20:00Z", "Europe/London", "2026-03-02")]
    [InlineData("2026-03-02T20:00Z", "Asia/Kolkata", "2026-03-03")]
    [InlineData("2026-03-02T03:00Z", "America/New_York", "2026-03-01")]
    [InlineData("2026-10-24T23:30Z", "Europe/London", "2026-10-25")]
    public void The_date_is_the_one_on_the_runners_calendar(string instant, string zone, string date)
    {
        Assert.Equal(DateOnly.Parse(date), WallClock.DateOf(At(instant), Zone(zone)));
    }

    [Theory]
    // An ordinary time, winter and summer.
    [InlineData("Europe/London", "2026-03-02", "09:00", "2026-03-02T09:00Z")]
    [InlineData("Europe/London", "2026-07-01", "09:00", "2026-07-01T08:00Z")]
    // Spring forward: 01:00 to 02:00 is skipped, so it starts at the jump (02:00 BST = 01:00 UTC).
    [InlineData("Europe/London", "2026-03-29", "01:00", "2026-03-29T01:00Z")]
    [InlineData("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:00Z")]
    [InlineData("Europe/London", "2026-03-29", "02:00", "2026-03-29T01:00Z")]
    [InlineData("Europe/London", "2026-03-29", "00:59", "2026-03-29T00:59Z")]
    // Fall back: 01:00 to 02:00 happens twice; the first (BST) one counts.
    [InlineData("Europe/London", "2026-10-25", "01:00", "2026-10-25T00:00Z")]
    [InlineData("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30Z")]
    [InlineData("Europe/London", "2026-10-25", "02:00", "2026-10-25T02:00Z")]
    // New York: 02:00 to 03:00 skipped on 8 March, 01:00 to 02:00 repeated on 1 November.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00Z")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30Z")]
    // Lord Howe Island moves its clocks by half an hour: 02:00 to 02:30 is skipped on 4 October.
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:30Z")]
    [InlineData("Asia/Kolkata", "2026-03-02", "09:30", "2026-03-02T04:00Z")]
    public void Local_times_become_instants(string zone, string date, string time, string instant)
    {
        var actual = WallClock.ToInstant(DateOnly.Parse(date), TimeOnly.Parse(time), Zone(zone));

        Assert.Equal(At(instant), actual);
        Assert.Equal(TimeSpan.Zero, actual.Offset);
    }
}
