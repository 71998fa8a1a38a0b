using MassageRoutines.Engine.Reminders;
using static MassageRoutines.Engine.Tests.Reminders.Reminders;

namespace MassageRoutines.Engine.Tests.Reminders;

public class ReminderRulesTests
{
    private static RuleViolation OnlyViolation(ReminderSettings settings) => Assert.Single(ReminderRules.Check(settings));

    [Fact]
    public void Usual_settings_pass()
    {
        Assert.Empty(ReminderRules.Check(Settings()));
        Assert.Empty(ReminderRules.Check(Settings(zone: "Asia/Kolkata", from: "06:00", to: "22:00", interval: 10)));
    }

    [Fact]
    public void No_days_is_allowed_and_means_no_reminders()
    {
        Assert.Empty(ReminderRules.Check(Settings(days: [])));
    }

    [Fact]
    public void The_interval_defaults_to_thirty_minutes()
    {
        var settings = new ReminderSettings { Days = new HashSet<DayOfWeek>(), From = new(9, 0), To = new(17, 0), TimeZoneId = "UTC" };

        Assert.Equal(30, settings.IntervalMinutes);
    }

    [Fact]
    public void Hours_that_end_before_they_start_are_refused()
    {
        var violation = OnlyViolation(Settings(from: "17:00", to: "09:00"));

        Assert.Equal("to", violation.Field);
        Assert.Equal("The reminder hours must end after they start (17:00 to 09:00); they cannot run past midnight.", violation.Message);
    }

    [Fact]
    public void Hours_that_end_when_they_start_are_refused()
    {
        Assert.Equal("to", OnlyViolation(Settings(from: "09:00", to: "09:00")).Field);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(241)]
    [InlineData(0)]
    [InlineData(-30)]
    public void Intervals_outside_ten_minutes_to_four_hours_are_refused(int minutes)
    {
        var violation = OnlyViolation(Settings(interval: minutes));

        Assert.Equal("intervalMinutes", violation.Field);
        Assert.Equal($"Minutes between breaks must be between 10 and 240 (it is {minutes}).", violation.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(240)]
    public void The_interval_bounds_themselves_are_fine(int minutes)
    {
        Assert.Empty(ReminderRules.Check(Settings(interval: minutes)));
    }

    [Fact]
    public void Hours_too_short_for_one_break_are_refused()
    {
        var violation = OnlyViolation(Settings(from: "09:00", to: "09:30", interval: 30));

        Assert.Equal("intervalMinutes", violation.Field);
        Assert.Equal("The hours 09:00 to 09:30 leave no room for a break every 30 minutes: make the hours longer or the interval shorter.", violation.Message);
        Assert.Empty(ReminderRules.Check(Settings(from: "09:00", to: "09:31", interval: 30)));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Londres")]
    [InlineData("America")]
    public void Unknown_time_zones_are_refused(string id)
    {
        var violation = OnlyViolation(Settings(zone: id));

        Assert.Equal("timeZoneId", violation.Field);
        Assert.Equal($"'{id}' is not a time zone this server knows; use an IANA id like 'Europe/London'.", violation.Message);
    }

    [Fact]
    public void A_missing_or_overlong_time_zone_is_refused()
    {
        Assert.Equal("Time zone is required.", OnlyViolation(Settings(zone: " ")).Message);
        Assert.Equal("Time zone must be at most 64 characters (it has 65).", OnlyViolation(Settings(zone: new string('a', 65))).Message);
    }

    [Fact]
    public void A_day_outside_the_week_is_refused()
    {
        Assert.Equal("days", OnlyViolation(Settings(days: [DayOfWeek.Monday, (DayOfWeek)7])).Field);
    }

    [Fact]
    public void Quiet_dates_are_bounded()
    {
        var year = Enumerable.Range(0, 367).Select(i => new DateOnly(2026, 1, 1).AddDays(i).ToString("yyyy-MM-dd")).ToArray();

        Assert.Equal("quietDates", OnlyViolation(Settings(quiet: year)).Field);
        Assert.Empty(ReminderRules.Check(Settings(quiet: year[..366])));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var settings = Settings(from: "18:00", to: "08:00", interval: 5, zone: "Nowhere/Atall");

        Assert.Equal(["to", "intervalMinutes", "timeZoneId"], ReminderRules.Check(settings).Select(v => v.Field));
    }
}
