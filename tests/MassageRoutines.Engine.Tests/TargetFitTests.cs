namespace MassageRoutines.Engine.Tests;

public class TargetFitTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(10)]
    public void The_bout_is_fitted_to_the_target_minutes_and_the_warm_up_does_not_count(int minutes)
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { TargetMinutes = minutes, WarmUp = WarmUpMode.Timed });

        Assert.Equal(minutes * 60, timeline.BoutSeconds);
        Assert.Equal(600, timeline.TotalSeconds - timeline.BoutSeconds);
        Assert.DoesNotContain("target-not-met", timeline.Codes());
    }

    [Fact]
    public void Work_is_scaled_in_proportion_and_prepare_and_switch_times_stay_fixed()
    {
        // As authored: low back 120 s, IT band 2 x 60 s, glutes 2 x 60 s, plus 30 s prepare and 10 s switching.
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { TargetMinutes = 5 });

        var work = timeline.Work().Select(s => s.Seconds).ToList();
        Assert.Equal(260, work.Sum());
        Assert.Equal([88, 43, 43, 43, 43], work);
        Assert.All(timeline.Segments.Where(s => s.Kind == SegmentKind.Prepare), s => Assert.Equal(10, s.Seconds));
        Assert.All(timeline.Segments.Where(s => s.Kind == SegmentKind.SwitchSides), s => Assert.Equal(5, s.Seconds));
    }

    [Fact]
    public void A_move_held_at_its_limit_leaves_the_rest_of_the_budget_to_the_others()
    {
        // Both start at 60 s; 300 s of work would be 100 s each, but the per-side move stops at 70 s a side.
        var capped = Sample.Move("capped", [BodyRegion.ItBand], perSide: true, seconds: 60, min: 30, max: 70);
        var open = Sample.Move("open", [BodyRegion.Quads], seconds: 60, min: 30, max: 600);
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(open), Sample.Item(capped)) with { PrepareSeconds = 0, SwitchSeconds = 0 };

        var timeline = TimelineBuilder.Build(routine, new() { TargetMinutes = 5 });

        Assert.Equal([160, 70, 70], timeline.Work().Select(s => s.Seconds));
        Assert.DoesNotContain("target-not-met", timeline.Codes());
    }

    [Fact]
    public void A_target_below_every_moves_minimum_plays_the_minimums_and_warns()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { TargetMinutes = 1 });

        Assert.Equal([60, 30, 30, 30, 30], timeline.Work().Select(s => s.Seconds));
        var warning = Assert.Single(timeline.Warnings, w => w.Code == "target-not-met");
        Assert.Contains("3:40", warning.Message);
    }

    [Fact]
    public void A_target_above_every_moves_maximum_plays_the_maximums_and_warns()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { TargetMinutes = 30 });

        Assert.Equal([180, 120, 120, 120, 120], timeline.Work().Select(s => s.Seconds));
        Assert.Contains("target-not-met", timeline.Codes());
    }

    [Fact]
    public void Without_a_target_the_authored_seconds_are_played()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun());

        Assert.Equal([120, 60, 60, 60, 60], timeline.Work().Select(s => s.Seconds));
    }
}
