namespace MassageRoutines.Engine.Tests;

public class TotalsTests
{
    [Fact]
    public void Total_counts_every_segment_and_the_bout_leaves_out_the_warm_up()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal(400, timeline.BoutSeconds);
        Assert.Equal(1000, timeline.TotalSeconds);
    }

    [Fact]
    public void Seconds_per_region_count_massage_work_in_full_for_each_region_a_move_works()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun(), new() { WarmUp = WarmUpMode.Timed });

        Assert.Equal(new Dictionary<BodyRegion, int>
        {
            [BodyRegion.LowBack] = 120,
            [BodyRegion.Hips] = 120,
            [BodyRegion.ItBand] = 120,
            [BodyRegion.Quads] = 120,
            [BodyRegion.Glutes] = 120,
            [BodyRegion.HipRotators] = 120,
        }, timeline.SecondsByRegion);
    }

    [Theory]
    [InlineData(100, "bout-short")]
    [InlineData(280, "bout-short")]
    [InlineData(290, null)]
    [InlineData(600, null)]
    [InlineData(620, "bout-long")]
    public void A_bout_outside_five_to_ten_minutes_is_warned_about(int workSeconds, string? code)
    {
        var move = Sample.Move("long", [BodyRegion.Quads], seconds: workSeconds, min: 5, max: 1200);
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(move)) with { PrepareSeconds = 0 };

        var codes = TimelineBuilder.Build(routine).Codes().Where(c => c.StartsWith("bout-"));

        Assert.Equal(code is null ? [] : [code], codes);
    }

    [Fact]
    public void A_movement_break_is_not_held_to_the_massage_bout_length()
    {
        var routine = Sample.Routine(Phase.Break, Sample.Item(Sample.BroadLegs));

        Assert.DoesNotContain(TimelineBuilder.Build(routine).Warnings, w => w.Code.StartsWith("bout-"));
    }
}
