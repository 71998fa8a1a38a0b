namespace MassageRoutines.Engine.Tests;

public class ExpansionTests
{
    private static Routine PostRun(params RoutineItem[] items) => Sample.Routine(Phase.PostRun, items);

    [Fact]
    public void A_per_side_move_expands_to_prepare_left_switch_right()
    {
        var timeline = TimelineBuilder.Build(PostRun(Sample.Item(Sample.Shins, 45)));

        Assert.Equal(
            [(SegmentKind.Prepare, (Side?)Side.Left, 10), (SegmentKind.Work, Side.Left, 45), (SegmentKind.SwitchSides, Side.Right, 5), (SegmentKind.Work, Side.Right, 45)],
            timeline.Segments.Select(s => (s.Kind, s.Side, s.Seconds)));
        Assert.Equal("Switch to your right side.", timeline.Segments[2].Cues.Single().Text);
        Assert.All(timeline.Segments, s => Assert.Same(Sample.Shins, s.Move));
    }

    [Theory]
    [InlineData(Sides.Left, Side.Left)]
    [InlineData(Sides.Right, Side.Right)]
    public void A_per_side_move_limited_to_one_side_plays_only_that_side(Sides sides, Side side)
    {
        var timeline = TimelineBuilder.Build(PostRun(Sample.Item(Sample.Shins, sides: sides)));

        Assert.Equal([SegmentKind.Prepare, SegmentKind.Work], timeline.Segments.Select(s => s.Kind));
        Assert.All(timeline.Segments, s => Assert.Equal(side, s.Side));
    }

    [Fact]
    public void A_move_for_both_sides_at_once_is_prepare_then_one_work_segment_without_a_side()
    {
        var timeline = TimelineBuilder.Build(PostRun(Sample.Item(Sample.BroadLegs, 90)));

        Assert.Equal([(SegmentKind.Prepare, 10), (SegmentKind.Work, 90)], timeline.Segments.Select(s => (s.Kind, s.Seconds)));
        Assert.All(timeline.Segments, s => Assert.Null(s.Side));
    }

    [Fact]
    public void Every_move_gets_a_prepare_segment_whose_length_the_routine_sets()
    {
        var routine = PostRun(Sample.Item(Sample.BroadLegs), Sample.Item(Sample.Shins)) with { PrepareSeconds = 20, SwitchSeconds = 8 };

        var timeline = TimelineBuilder.Build(routine);

        var prepares = timeline.Segments.Where(s => s.Kind == SegmentKind.Prepare).ToList();
        Assert.Equal(["broad-legs", "shins"], prepares.Select(s => s.Move!.Slug));
        Assert.All(prepares, s => Assert.Equal(20, s.Seconds));
        // The move's name is the heading and the player's one "Next" line; the cue says how to lie.
        Assert.Equal($"{Labels.Of(Sample.BroadLegs.Position)}.", prepares[0].Cues.Single().Text);
        Assert.Equal(8, timeline.Segments.Single(s => s.Kind == SegmentKind.SwitchSides).Seconds);
    }

    [Fact]
    public void Zero_prepare_and_switch_seconds_leave_those_segments_out()
    {
        var routine = PostRun(Sample.Item(Sample.Shins)) with { PrepareSeconds = 0, SwitchSeconds = 0 };

        var timeline = TimelineBuilder.Build(routine);

        Assert.Equal([(SegmentKind.Work, (Side?)Side.Left), (SegmentKind.Work, Side.Right)], timeline.Segments.Select(s => (s.Kind, s.Side)));
    }

    [Fact]
    public void A_rest_after_a_move_becomes_a_gentle_rest_segment()
    {
        var timeline = TimelineBuilder.Build(PostRun(Sample.Item(Sample.BroadLegs, rest: 30), Sample.Item(Sample.Glutes)));

        var rest = timeline.Segments[2];
        Assert.Equal((SegmentKind.Rest, 30, Intensity.Gentle), (rest.Kind, rest.Seconds, rest.Intensity));
        Assert.Equal(SegmentKind.Prepare, timeline.Segments[3].Kind);
    }

    [Fact]
    public void Segments_are_numbered_in_play_order_from_zero()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal(Enumerable.Range(0, timeline.Segments.Count), timeline.Segments.Select(s => s.Index));
    }

    [Fact]
    public void Cues_written_for_the_usual_length_are_spaced_out_to_the_played_length()
    {
        var move = Sample.Move("timed", [BodyRegion.Quads], cues: [new(0, "a"), new(30, "b"), new(50, "c")]);

        var timeline = TimelineBuilder.Build(PostRun(Sample.Item(move, 30)));

        Assert.Equal([new Cue(0, "a"), new Cue(15, "b"), new Cue(25, "c")], timeline.Work().Single().Cues);
    }
}
