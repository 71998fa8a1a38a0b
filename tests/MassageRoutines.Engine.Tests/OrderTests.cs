namespace MassageRoutines.Engine.Tests;

public class OrderTests
{
    [Fact]
    public void Low_back_then_it_band_then_glutes_is_the_pre_run_order_and_raises_nothing()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun());

        Assert.Empty(timeline.Warnings);
    }

    [Fact]
    public void A_pre_run_routine_out_of_order_is_warned_about_and_played_as_written()
    {
        var routine = Sample.Routine(Phase.PreRun, Sample.Item(Sample.Glutes), Sample.Item(Sample.ItBand), Sample.Item(Sample.LowBack));

        var timeline = TimelineBuilder.Build(routine);

        Assert.Equal(2, timeline.Warnings.Count(w => w.Code == "pre-run-order"));
        Assert.Equal(["glutes", "it-band", "low-back"], timeline.Work().Select(s => s.Move!.Slug).Distinct());
    }

    [Fact]
    public void Pre_run_order_follows_the_primary_region_and_ignores_moves_outside_the_three_stages()
    {
        var routine = Sample.Routine(Phase.PreRun,
            Sample.Item(Sample.LowBack), Sample.Item(Sample.Shins), Sample.Item(Sample.ItBand), Sample.Item(Sample.Glutes));

        var timeline = TimelineBuilder.Build(routine);

        Assert.DoesNotContain("pre-run-order", timeline.Codes());
    }

    [Fact]
    public void After_a_run_point_work_before_broad_strokes_on_the_same_region_is_warned_about()
    {
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(Sample.Glutes), Sample.Item(Sample.BroadLegs));

        var timeline = TimelineBuilder.Build(routine);

        var warning = Assert.Single(timeline.Warnings, w => w.Code == "post-run-order");
        Assert.Contains("glutes", warning.Message);
        Assert.Equal(["glutes", "broad-legs"], timeline.Work().Select(s => s.Move!.Slug).Distinct());
    }

    [Fact]
    public void After_a_run_broad_strokes_first_or_point_work_on_other_regions_raise_nothing()
    {
        var broadFirst = Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs), Sample.Item(Sample.Glutes));
        var otherRegion = Sample.Routine(Phase.PostRun, Sample.Item(Sample.Shins), Sample.Item(Sample.BroadLegs));

        Assert.DoesNotContain("post-run-order", TimelineBuilder.Build(broadFirst).Codes());
        Assert.DoesNotContain("post-run-order", TimelineBuilder.Build(otherRegion).Codes());
    }

    [Fact]
    public void A_move_not_meant_for_the_routines_phase_is_warned_about()
    {
        var routine = Sample.Routine(Phase.PreRun, Sample.Item(Sample.LowBack), Sample.Item(Sample.Shins));

        var timeline = TimelineBuilder.Build(routine);

        Assert.Single(timeline.Warnings, w => w.Code == "move-phase" && w.Message.Contains("shins"));
    }
}
