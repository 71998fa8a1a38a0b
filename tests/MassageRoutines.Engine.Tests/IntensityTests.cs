namespace MassageRoutines.Engine.Tests;

public class IntensityTests
{
    [Fact]
    public void A_deep_move_before_a_run_is_played_at_moderate_with_a_blood_flow_cue_and_a_warning()
    {
        var routine = Sample.Routine(Phase.PreRun, Sample.Item(Sample.LowBack), Sample.Item(Sample.DeepGlutes));

        var timeline = TimelineBuilder.Build(routine);

        var deepWork = timeline.Work().Where(s => s.Move == Sample.DeepGlutes).ToList();
        Assert.Equal(2, deepWork.Count);
        Assert.All(deepWork, s =>
        {
            Assert.Equal(Intensity.Moderate, s.Intensity);
            Assert.Equal(0, s.Cues[0].AtSecond);
            Assert.Contains("blood flow", s.Cues[0].Text);
        });
        Assert.Single(timeline.Warnings, w => w.Code == "pre-run-intensity" && w.Message.Contains(Sample.DeepGlutes.Name));
    }

    [Fact]
    public void Pre_run_moves_at_or_under_the_cap_keep_their_intensity_and_cues()
    {
        var timeline = TimelineBuilder.Build(Sample.PreRun());

        Assert.Equal([Intensity.Gentle, Intensity.Moderate, Intensity.Moderate, Intensity.Moderate, Intensity.Moderate],
            timeline.Work().Select(s => s.Intensity));
        Assert.All(timeline.Work(), s => Assert.Equal("Start slowly.", s.Cues[0].Text));
        Assert.DoesNotContain("pre-run-intensity", timeline.Codes());
    }

    [Fact]
    public void A_deep_move_after_a_run_is_played_deep_without_a_warning()
    {
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs), Sample.Item(Sample.DeepGlutes));

        var timeline = TimelineBuilder.Build(routine);

        Assert.All(timeline.Work().Where(s => s.Move == Sample.DeepGlutes), s => Assert.Equal(Intensity.Deep, s.Intensity));
        Assert.DoesNotContain("pre-run-intensity", timeline.Codes());
    }

    [Fact]
    public void Continuing_lighter_plays_every_segment_gentle_with_a_cue_and_the_same_timings()
    {
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs), Sample.Item(Sample.DeepGlutes));

        var asAuthored = TimelineBuilder.Build(routine);
        var lighter = TimelineBuilder.Build(routine, new() { IntensityCap = Intensity.Gentle });

        Assert.Equal(asAuthored.Segments.Select(s => (s.Kind, s.Seconds)), lighter.Segments.Select(s => (s.Kind, s.Seconds)));
        Assert.All(lighter.Segments, s => Assert.Equal(Intensity.Gentle, s.Intensity));
        Assert.All(lighter.Work(), s => Assert.StartsWith("Lighter now", s.Cues[0].Text));
    }
}
