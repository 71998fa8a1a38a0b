using static MassageRoutines.Engine.Tests.Reminders.Reminders;

namespace MassageRoutines.Engine.Tests.Reminders;

/// <summary>
/// Hours across a clock change. London: 29 March 2026 01:00 GMT jumps to 02:00 BST (at 01:00 UTC);
/// 25 October 2026 02:00 BST falls back to 01:00 GMT (at 01:00 UTC). New York: 8 March 2026 02:00 EST
/// jumps to 03:00 EDT (07:00 UTC); 1 November 2026 02:00 EDT falls back to 01:00 EST (06:00 UTC).
/// </summary>
public class DaylightSavingTests
{
    [Fact]
    public void London_spring_forward_inside_the_hours_gives_a_break_every_interval_of_real_time()
    {
        // 00:30 GMT to 03:00 BST is one and a half real hours.
        var settings = Settings(from: "00:30", to: "03:00", days: EveryDay);

        Assert.Equal(
            Instants("2026-03-29T01:00Z", "2026-03-29T01:30Z"),
            Breaks(settings, "2026-03-28T23:00Z", "2026-03-29T12:00Z"));
        // Monday's first break is at 01:00 BST, 00:00 UTC.
        Assert.Equal(At("2026-03-30T00:00Z"), Next(settings, "2026-03-29T01:30Z"));
    }

    [Fact]
    public void London_hours_starting_in_the_skipped_hour_start_when_the_clocks_jump()
    {
        // 01:30 does not exist: the hours start at 02:00 BST (01:00 UTC), the first break is at 02:30 BST.
        var settings = Settings(from: "01:30", to: "04:00", days: EveryDay);

        Assert.Equal(
            Instants("2026-03-29T01:30Z", "2026-03-29T02:00Z", "2026-03-29T02:30Z"),
            Breaks(settings, "2026-03-28T23:00Z", "2026-03-29T12:00Z"));
    }

    [Fact]
    public void London_hours_ending_in_the_skipped_hour_end_when_the_clocks_jump()
    {
        // 00:00 to 01:30: the end does not exist and becomes 02:00 BST (01:00 UTC), where a break would be dropped.
        var settings = Settings(from: "00:00", to: "01:30", days: EveryDay);

        Assert.Equal(Instants("2026-03-29T00:30Z"), Breaks(settings, "2026-03-28T23:00Z", "2026-03-29T12:00Z"));
    }

    [Fact]
    public void London_fall_back_inside_the_hours_gives_the_repeated_hour_its_breaks()
    {
        // 00:30 BST to 03:00 GMT is three and a half real hours; 01:00 and 01:30 come twice.
        var settings = Settings(from: "00:30", to: "03:00", days: EveryDay);

        Assert.Equal(
            Instants("2026-10-25T00:00Z", "2026-10-25T00:30Z", "2026-10-25T01:00Z", "2026-10-25T01:30Z", "2026-10-25T02:00Z", "2026-10-25T02:30Z"),
            Breaks(settings, "2026-10-24T22:00Z", "2026-10-25T12:00Z"));
    }

    [Fact]
    public void London_hours_starting_in_the_repeated_hour_start_at_its_first_occurrence()
    {
        // 01:30 BST is 00:30 UTC.
        var settings = Settings(from: "01:30", to: "03:00", days: EveryDay);

        Assert.Equal(
            Instants("2026-10-25T01:00Z", "2026-10-25T01:30Z", "2026-10-25T02:00Z", "2026-10-25T02:30Z"),
            Breaks(settings, "2026-10-24T22:00Z", "2026-10-25T12:00Z"));
    }

    [Fact]
    public void A_session_in_the_repeated_hour_restarts_the_interval_in_real_time()
    {
        var settings = Settings(from: "00:30", to: "03:00", days: EveryDay);

        // The session ends at 01:10 GMT, the second time the clocks show 01:10.
        Assert.Equal(At("2026-10-25T01:40Z"), Next(settings, "2026-10-25T01:10Z", lastActivity: "2026-10-25T01:10Z"));
    }

    [Fact]
    public void Clock_changes_at_night_leave_daytime_hours_alone()
    {
        var settings = Settings(days: EveryDay);

        Assert.Equal(At("2026-03-29T08:30Z"), Next(settings, "2026-03-28T20:00Z"));
        Assert.Equal(At("2026-03-29T15:30Z"), Breaks(settings, "2026-03-28T20:00Z", "2026-03-29T23:00Z").Last());
        Assert.Equal(At("2026-10-25T09:30Z"), Next(settings, "2026-10-24T20:00Z"));
        Assert.Equal(At("2026-10-24T08:30Z"), Next(settings, "2026-10-24T07:00Z"));
    }

    [Fact]
    public void New_york_spring_forward_and_fall_back()
    {
        // 01:00 EST to 04:00 EDT is two real hours.
        var spring = Settings(zone: "America/New_York", from: "01:00", to: "04:00", days: EveryDay);
        Assert.Equal(
            Instants("2026-03-08T06:30Z", "2026-03-08T07:00Z", "2026-03-08T07:30Z"),
            Breaks(spring, "2026-03-08T00:00Z", "2026-03-08T20:00Z"));

        // 00:30 EDT to 02:30 EST is three real hours.
        var autumn = Settings(zone: "America/New_York", from: "00:30", to: "02:30", days: EveryDay);
        Assert.Equal(
            Instants("2026-11-01T05:00Z", "2026-11-01T05:30Z", "2026-11-01T06:00Z", "2026-11-01T06:30Z", "2026-11-01T07:00Z"),
            Breaks(autumn, "2026-11-01T00:00Z", "2026-11-01T20:00Z"));
    }

    [Fact]
    public void A_half_hour_clock_change_is_a_half_hour_gap()
    {
        // Lord Howe Island, 4 October 2026: 02:00 (+10:30) jumps to 02:30 (+11:00) at 15:30 UTC.
        // 01:00 to 04:00 local is two and a half real hours.
        var settings = Settings(zone: "Australia/Lord_Howe", from: "01:00", to: "04:00", days: EveryDay);

        Assert.Equal(
            Instants("2026-10-03T15:00Z", "2026-10-03T15:30Z", "2026-10-03T16:00Z", "2026-10-03T16:30Z"),
            Breaks(settings, "2026-10-03T12:00Z", "2026-10-03T20:00Z"));
    }
}
