namespace MassageRoutines.Engine.Tests;

public class WarmUpTests
{
    [Fact]
    public void Pre_run_gate_mode_asks_the_runner_to_confirm_before_the_first_massage_segment()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { WarmUp = WarmUpMode.Gate });

        var gate = timeline.Segments[0];
        Assert.Equal(SegmentKind.Gate, gate.Kind);
        Assert.Equal(0, gate.Seconds);
        Assert.Contains("10 minutes", gate.Cues.Single().Text);
        Assert.Equal(SegmentKind.Prepare, timeline.Segments[1].Kind);
        Assert.Single(timeline.Segments, s => s.IsWarmUp);
    }

    [Fact]
    public void Pre_run_timed_mode_plays_ten_minutes_of_drills_in_order_before_any_massage()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { WarmUp = WarmUpMode.Timed });

        var warmUp = timeline.Segments.TakeWhile(s => s.Kind == SegmentKind.WarmUp).ToList();
        Assert.Equal(["easy-jog", "butt-kicks", "jumping-jacks", "high-knees"], warmUp.Select(s => s.Move!.Slug));
        Assert.Equal([240, 120, 120, 120], warmUp.Select(s => s.Seconds));
        Assert.Equal(600, warmUp.Sum(s => s.Seconds));
        Assert.DoesNotContain(timeline.Segments.Skip(warmUp.Count), s => s.IsWarmUp);
    }

    [Fact]
    public void A_longer_warm_up_is_shared_among_the_drills_in_proportion_to_their_usual_length()
    {
        var routine = Sample.PreRun() with { WarmUpMinutes = 15 };

        var timeline = TimelineBuilder.Build(routine, new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal([360, 180, 180, 180], timeline.Segments.Where(s => s.Kind == SegmentKind.WarmUp).Select(s => s.Seconds));
    }

    [Fact]
    public void A_pre_run_warm_up_shorter_than_ten_minutes_is_raised_to_ten_with_a_warning()
    {
        var routine = Sample.PreRun() with { WarmUpMinutes = 5 };

        var timeline = TimelineBuilder.Build(routine, new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal(600, timeline.Segments.Where(s => s.IsWarmUp).Sum(s => s.Seconds));
        Assert.Contains("warm-up-raised", timeline.Codes());
    }

    [Fact]
    public void Timed_mode_without_drills_falls_back_to_the_gate_and_says_so()
    {
        var routine = Sample.PreRun() with { WarmUpDrills = [] };

        var timeline = TimelineBuilder.Build(routine, new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal(SegmentKind.Gate, timeline.Segments[0].Kind);
        Assert.Contains("no-warm-up-drills", timeline.Codes());
    }

    [Theory]
    [InlineData(Phase.PostRun)]
    [InlineData(Phase.Break)]
    public void Only_pre_run_routines_have_a_warm_up(Phase phase)
    {
        var routine = Sample.Routine(phase, Sample.Item(Sample.BroadLegs));

        var timeline = TimelineBuilder.Build(routine, new() { WarmUp = WarmUpMode.Timed });

        Assert.DoesNotContain(timeline.Segments, s => s.IsWarmUp);
        Assert.Equal(SegmentKind.Prepare, timeline.Segments[0].Kind);
    }
}
