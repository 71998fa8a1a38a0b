using MassageRoutines.Engine.Reminders;
using static MassageRoutines.Engine.Tests.Reminders.Reminders;

namespace MassageRoutines.Engine.Tests.Reminders;

/// <summary>The schedule on ordinary days. 2 March 2026 is a Monday; London is on UTC then.</summary>
public class ReminderScheduleTests
{
    [Fact]
    public void The_first_break_is_one_interval_after_the_hours_start()
    {
        Assert.Equal(At("2026-03-02T09:30Z"), Next(Settings(), "2026-03-02T07:00Z"));
        Assert.Equal(At("2026-03-02T09:45Z"), Next(Settings(interval: 45), "2026-03-02T07:00Z"));
    }

    [Fact]
    public void The_answer_is_in_utc()
    {
        Assert.Equal(TimeSpan.Zero, Next(Settings(zone: "Asia/Kolkata"), "2026-03-02T07:00+05:30")?.Offset);
    }

    [Fact]
    public void Breaks_come_every_interval_until_the_last_one_before_the_hours_end()
    {
        var expected = Enumerable.Range(1, 15).Select(i => At("2026-03-02T09:00Z").AddMinutes(30 * i));

        Assert.Equal(expected, Breaks(Settings(), "2026-03-02T07:00Z", "2026-03-02T23:59Z"));
        Assert.Equal(At("2026-03-02T16:30Z"), Breaks(Settings(), "2026-03-02T07:00Z", "2026-03-02T23:59Z").Last());
    }

    [Fact]
    public void Nothing_is_due_at_or_after_the_hours_end_so_the_next_day_comes_next()
    {
        Assert.Equal(At("2026-03-03T09:30Z"), Next(Settings(), "2026-03-02T16:30Z"));
        Assert.Equal(At("2026-03-03T09:30Z"), Next(Settings(), "2026-03-02T20:00Z"));
    }

    [Fact]
    public void Hours_that_do_not_end_on_the_interval_keep_the_last_break_that_fits()
    {
        var settings = Settings(to: "16:45");

        Assert.Equal(At("2026-03-02T16:30Z"), Next(settings, "2026-03-02T16:10Z"));
        Assert.Equal(At("2026-03-03T09:30Z"), Next(settings, "2026-03-02T16:30Z"));
    }

    [Fact]
    public void The_next_break_is_strictly_after_now_and_keeps_to_the_grid_when_asked_late()
    {
        Assert.Equal(At("2026-03-02T10:30Z"), Next(Settings(), "2026-03-02T10:00Z"));
        Assert.Equal(At("2026-03-02T10:30Z"), Next(Settings(), "2026-03-02T10:07Z"));
    }

    [Fact]
    public void Days_not_chosen_are_skipped()
    {
        var mondaysAndWednesdays = Settings(days: [DayOfWeek.Monday, DayOfWeek.Wednesday]);

        Assert.Equal(At("2026-03-04T09:30Z"), Next(mondaysAndWednesdays, "2026-03-02T17:00Z"));
        Assert.Equal(At("2026-03-09T09:30Z"), Next(Settings(), "2026-03-06T17:00Z"));
        Assert.Equal(At("2026-03-09T09:30Z"), Next(Settings(), "2026-03-07T10:00Z"));
    }

    [Fact]
    public void Quiet_dates_are_skipped()
    {
        var settings = Settings(quiet: ["2026-03-03", "2026-03-04"]);

        Assert.Equal(At("2026-03-05T09:30Z"), Next(settings, "2026-03-02T17:00Z"));
        Assert.Equal(At("2026-03-05T09:30Z"), Next(settings, "2026-03-03T10:00Z"));
    }

    [Fact]
    public void A_logged_session_restarts_the_interval()
    {
        Assert.Equal(At("2026-03-02T10:40Z"), Next(Settings(), "2026-03-02T10:10Z", lastActivity: "2026-03-02T10:10Z"));
        Assert.Equal(
            Instants("2026-03-02T15:40Z", "2026-03-02T16:10Z", "2026-03-02T16:40Z"),
            Breaks(Settings(), "2026-03-02T15:10Z", "2026-03-02T23:59Z", lastActivity: At("2026-03-02T15:10Z")));
    }

    [Fact]
    public void A_session_before_the_hours_or_on_an_earlier_day_changes_nothing()
    {
        Assert.Equal(At("2026-03-02T09:30Z"), Next(Settings(), "2026-03-02T08:00Z", lastActivity: "2026-03-02T07:30Z"));
        Assert.Equal(At("2026-03-03T09:30Z"), Next(Settings(), "2026-03-03T08:00Z", lastActivity: "2026-03-02T16:50Z"));
    }

    [Fact]
    public void A_session_too_near_the_end_leaves_no_break_that_day()
    {
        Assert.Equal(At("2026-03-03T09:30Z"), Next(Settings(), "2026-03-02T16:40Z", lastActivity: "2026-03-02T16:40Z"));
    }

    [Fact]
    public void A_snooze_inside_the_hours_replaces_the_breaks_before_it()
    {
        // The 10:00 break was put off at 10:25 until 10:35: the 10:30 break does not come.
        Assert.Equal(At("2026-03-02T10:35Z"), Next(Settings(), "2026-03-02T10:25Z", snoozedUntil: "2026-03-02T10:35Z"));
        Assert.Equal(At("2026-03-02T10:10Z"), Next(Settings(), "2026-03-02T10:00Z", snoozedUntil: "2026-03-02T10:10Z"));
    }

    [Fact]
    public void A_snooze_does_not_restart_the_interval()
    {
        Assert.Equal(At("2026-03-02T10:30Z"), Next(Settings(), "2026-03-02T10:10Z", snoozedUntil: "2026-03-02T10:10Z"));
        Assert.Equal(At("2026-03-02T11:00Z"), Next(Settings(), "2026-03-02T10:35Z", snoozedUntil: "2026-03-02T10:35Z"));
    }

    [Fact]
    public void A_snooze_outside_the_hours_is_not_delivered_and_nothing_comes_before_it()
    {
        Assert.Equal(At("2026-03-03T09:30Z"), Next(Settings(), "2026-03-02T16:55Z", snoozedUntil: "2026-03-02T17:05Z"));
        Assert.Equal(At("2026-03-02T09:30Z"), Next(Settings(), "2026-03-02T08:00Z", snoozedUntil: "2026-03-02T08:10Z"));
        // The 16:50 break put off at 16:56 until 17:06, past the hours: the 17:00 break does not come either.
        Assert.Equal(At("2026-03-03T09:10Z"), Next(Settings(to: "17:05", interval: 10), "2026-03-02T16:56Z", snoozedUntil: "2026-03-02T17:06Z"));
        Assert.Equal(At("2026-03-04T09:30Z"), Next(Settings(quiet: ["2026-03-03"]), "2026-03-02T16:20Z", snoozedUntil: "2026-03-03T10:00Z"));
    }

    [Fact]
    public void A_snooze_into_the_next_day_hours_is_delivered()
    {
        Assert.Equal(At("2026-03-03T09:10Z"), Next(Settings(), "2026-03-02T16:55Z", snoozedUntil: "2026-03-03T09:10Z"));
    }

    [Fact]
    public void The_snooze_length_is_ten_minutes()
    {
        Assert.Equal(10, ReminderSchedule.SnoozeMinutes);
    }

    [Fact]
    public void No_days_chosen_means_no_break()
    {
        Assert.Null(Next(Settings(days: []), "2026-03-02T07:00Z"));
    }

    [Fact]
    public void A_break_is_looked_for_fourteen_days_ahead()
    {
        var mondays = Settings(days: [DayOfWeek.Monday], quiet: ["2026-03-09"]);

        Assert.Equal(At("2026-03-16T09:30Z"), Next(mondays, "2026-03-02T17:00Z"));
        Assert.Null(Next(mondays with { QuietDates = mondays.QuietDates.Append(new DateOnly(2026, 3, 16)).ToHashSet() }, "2026-03-02T17:00Z"));
    }

    [Fact]
    public void Every_day_quiet_means_no_break()
    {
        var fortnight = Enumerable.Range(2, 15).Select(d => $"2026-03-{d:00}").ToArray();

        Assert.Null(Next(Settings(days: EveryDay, quiet: fortnight), "2026-03-02T07:00Z"));
    }

    [Fact]
    public void Hours_are_the_runners_own()
    {
        var newYork = Settings(zone: "America/New_York");

        Assert.Equal(At("2026-03-02T14:30Z"), Next(newYork, "2026-03-02T12:00Z"));
        // 22:00 UTC on Monday is still Monday in New York, after its hours; Tuesday 09:30 EST comes next.
        Assert.Equal(At("2026-03-03T14:30Z"), Next(newYork, "2026-03-02T22:00Z"));
    }

    [Fact]
    public void A_half_hour_zone_keeps_its_half_hour()
    {
        var kolkata = Settings(zone: "Asia/Kolkata");

        Assert.Equal(At("2026-03-02T04:00Z"), Next(kolkata, "2026-03-02T00:00Z"));
        Assert.Equal(At("2026-03-02T11:00Z"), Breaks(kolkata, "2026-03-02T00:00Z", "2026-03-02T18:00Z").Last());
        // 20:00 UTC Monday is 01:30 Tuesday in Kolkata: Tuesday's first break, not Monday's.
        Assert.Equal(At("2026-03-03T04:00Z"), Next(kolkata, "2026-03-02T20:00Z"));
    }

    [Fact]
    public void Settings_that_fail_the_rules_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Next(Settings(zone: "Mars/Olympus_Mons"), "2026-03-02T07:00Z"));

        Assert.Contains("'Mars/Olympus_Mons' is not a time zone", error.Message);
        Assert.Throws<ArgumentException>(() => Next(Settings(interval: 0), "2026-03-02T07:00Z"));
    }
}
