using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

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

    [Fact]
    public void An_item_capped_gentle_plays_its_segments_gentle_with_a_cue_saying_why()
    {
        var routine = Sample.Routine(Phase.PostRun,
            Sample.Item(Sample.BroadLegs),
            Sample.Item(Sample.DeepGlutes) with { IntensityCap = Intensity.Gentle });

        var timeline = TimelineBuilder.Build(routine);

        var capped = timeline.Segments.Where(s => s.Move == Sample.DeepGlutes && s.Kind != SegmentKind.Rest).ToList();
        Assert.Equal([SegmentKind.Prepare, SegmentKind.Work, SegmentKind.SwitchSides, SegmentKind.Work], capped.Select(s => s.Kind));
        Assert.All(capped, s => Assert.Equal(Intensity.Gentle, s.Intensity));
        Assert.All(timeline.Work().Where(s => s.Move == Sample.DeepGlutes), s =>
        {
            Assert.Equal("Keep the pressure gentle here: this routine goes easy on a sore or tender spot.", s.Cues[0].Text);
            Assert.Equal("Start slowly.", s.Cues[1].Text);
        });
        Assert.All(timeline.Work().Where(s => s.Move == Sample.BroadLegs), s => Assert.Equal(Intensity.Moderate, s.Intensity));
    }

    [Fact]
    public void An_item_cap_before_a_run_takes_the_least_of_the_move_the_cap_and_the_pre_run_cap()
    {
        var routine = Sample.Routine(Phase.PreRun,
            Sample.Item(Sample.LowBack) with { IntensityCap = Intensity.Moderate },
            Sample.Item(Sample.DeepGlutes) with { IntensityCap = Intensity.Deep },
            Sample.Item(Sample.Glutes) with { IntensityCap = Intensity.Gentle });

        var timeline = TimelineBuilder.Build(routine);

        var played = timeline.Work().GroupBy(s => s.Move!.Slug).ToDictionary(g => g.Key, g => g.Select(s => s.Intensity).Distinct().Single());
        Assert.Equal(Intensity.Gentle, played["low-back"]);
        Assert.Equal(Intensity.Moderate, played["deep-glutes"]);
        Assert.Equal(Intensity.Gentle, played["glutes"]);
        Assert.Equal("Start slowly.", timeline.Work().First(s => s.Move == Sample.LowBack).Cues[0].Text);
        Assert.Contains("blood flow", timeline.Work().First(s => s.Move == Sample.DeepGlutes).Cues[0].Text);
        Assert.StartsWith("Keep the pressure gentle", timeline.Work().First(s => s.Move == Sample.Glutes).Cues[0].Text);
    }

    [Fact]
    public void Continuing_lighter_says_so_in_place_of_the_items_own_cap_cue()
    {
        var routine = Sample.Routine(Phase.PostRun, Sample.Item(Sample.DeepGlutes) with { IntensityCap = Intensity.Moderate });

        var timeline = TimelineBuilder.Build(routine, new() { IntensityCap = Intensity.Gentle });

        Assert.All(timeline.Work(), s =>
        {
            Assert.Equal(Intensity.Gentle, s.Intensity);
            Assert.StartsWith("Lighter now", s.Cues[0].Text);
            Assert.DoesNotContain(s.Cues, c => c.Text.StartsWith("Keep the pressure"));
        });
    }

    [Fact]
    public void A_stored_routine_without_item_caps_reads_back_uncapped()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var stored = JsonNode.Parse(JsonSerializer.Serialize(Sample.PreRun(), json))!;
        foreach (var item in stored["items"]!.AsArray())
        {
            item!.AsObject().Remove("intensityCap");
        }

        var routine = stored.Deserialize<Routine>(json)!;

        Assert.All(routine.Items, item => Assert.Null(item.IntensityCap));
        Assert.Equal(TimelineBuilder.Build(Sample.PreRun()).Work().Select(s => s.Intensity), TimelineBuilder.Build(routine).Work().Select(s => s.Intensity));
    }
}
