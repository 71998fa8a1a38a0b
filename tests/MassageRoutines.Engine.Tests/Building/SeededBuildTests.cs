using System.Text.Json;
using MassageRoutines.Engine.Building;

namespace MassageRoutines.Engine.Tests.Building;

/// <summary>The builder on the seeded library, for the people the issue describes.</summary>
public class SeededBuildTests
{
    private static BuildResult Build(BuildRequest request) => RoutineBuilder.Build(request, SeedLibrary.Moves);

    private static Routine Built(BuildRequest request) => Build(request).Routine ?? throw new InvalidOperationException("Nothing was built.");

    private static int Seconds(Routine routine, string slug) => routine.Items.Single(item => item.Move.Slug == slug).Seconds;

    [Fact]
    public void Pre_run_with_a_foam_roller_plays_the_three_stages_in_order_after_the_warm_up_gate()
    {
        var result = Build(new() { Phase = Phase.PreRun, Tools = [Tool.FoamRoller] });

        var routine = result.Routine!;
        Assert.Equal(["low-back-hips-release", "it-band-quads-roll", "glutes-hip-rotators"], routine.Items.Select(item => item.Move.Slug));
        Assert.Equal(TimelineBuilder.MinimumWarmUpMinutes, routine.WarmUpMinutes);
        Assert.Equal(["easy-jog", "butt-kicks", "high-knees", "jumping-jacks"], routine.WarmUpDrills.Select(drill => drill.Slug));
        Assert.Empty(RoutineRules.Check(routine));

        var timeline = TimelineBuilder.Build(routine);
        Assert.Empty(timeline.Warnings);
        Assert.Equal(SegmentKind.Gate, timeline.Segments[0].Kind);
        Assert.InRange(timeline.BoutSeconds, 8 * 60 - 5, 8 * 60 + 5);
        Assert.All(timeline.Segments, s => Assert.True(s.Intensity <= Intensity.Moderate));
        Assert.Equal(2, timeline.Segments.Count(s => s.Kind == SegmentKind.SwitchSides));
        Assert.Equal("Before a run, start with the low back and hips, which tighten when you sit or stand all day.", result.Whys[0].ToString());
        Assert.Equal(3, result.Whys.Count);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Post_run_with_hands_only_does_broad_strokes_then_the_shins_and_says_what_stands_in_for_the_ball()
    {
        var result = Build(new() { Phase = Phase.PostRun, Tools = [Tool.Hands] });

        var routine = result.Routine!;
        Assert.Equal(["leg-broad-strokes", "shin-grip-ankle-circles"], routine.Items.Select(item => item.Move.Slug));
        Assert.Empty(TimelineBuilder.Build(routine).Warnings);
        var note = Assert.Single(result.Notes);
        Assert.Equal("stand-in", note.Code);
        Assert.Equal("Broad strokes for the legs stands in for Glutes, hips and adductors on a ball, which needs a foam roller or a massage ball.", note.Message);
        Assert.Equal("After a run, check your shins for sore spots.", result.Whys[1].ToString());
    }

    [Fact]
    public void Post_run_with_a_foam_roller_starts_broad_and_includes_shins_glutes_and_adductors()
    {
        var routine = Built(new() { Phase = Phase.PostRun, Tools = [Tool.FoamRoller] });

        var techniques = routine.Items.Select(item => item.Move.Technique).ToList();
        Assert.Equal(Technique.Broad, techniques[0]);
        Assert.True(techniques.SkipWhile(t => t == Technique.Broad).All(t => t != Technique.Broad));
        Assert.Contains(routine.Items, item => item.Move.Slug == "shin-grip-ankle-circles");
        Assert.Contains(routine.Items, item => item.Move.Slug == "glutes-hips-adductors-ball");
        Assert.Empty(TimelineBuilder.Build(routine).Warnings);
    }

    [Fact]
    public void Sore_calves_after_a_run_get_more_time_at_full_pressure()
    {
        var plain = Built(new() { Phase = Phase.PostRun, Tools = [Tool.FoamRoller] });
        var result = Build(new() { Phase = Phase.PostRun, Tools = [Tool.FoamRoller], SoreRegions = [BodyRegion.Calves] });

        var sore = result.Routine!;
        Assert.True(Seconds(sore, "shin-grip-ankle-circles") > Seconds(plain, "shin-grip-ankle-circles"));
        Assert.True(TimelineBuilder.Build(sore).SecondsByRegion[BodyRegion.Calves] > TimelineBuilder.Build(plain).SecondsByRegion[BodyRegion.Calves]);
        Assert.All(sore.Items, item => Assert.Null(item.IntensityCap));
        var shins = sore.Items.ToList().FindIndex(item => item.Move.Slug == "shin-grip-ankle-circles");
        Assert.Equal("Sore spots on the calves: extra time while your muscles are still warm.", result.Whys[shins].ToString());
    }

    [Fact]
    public void A_sore_spot_before_a_run_gets_more_time_played_gentle_with_a_cue()
    {
        var plain = Built(new() { Phase = Phase.PreRun, Tools = [Tool.FoamRoller] });
        var result = Build(new() { Phase = Phase.PreRun, Tools = [Tool.FoamRoller], SoreRegions = [BodyRegion.Quads] });

        var sore = result.Routine!;
        Assert.True(Seconds(sore, "it-band-quads-roll") > Seconds(plain, "it-band-quads-roll"));
        var work = TimelineBuilder.Build(sore).Work().Where(s => s.Move!.Slug == "it-band-quads-roll").ToList();
        Assert.Equal(2, work.Count);
        Assert.All(work, s =>
        {
            Assert.Equal(Intensity.Gentle, s.Intensity);
            Assert.StartsWith("Keep the pressure gentle", s.Cues[0].Text);
        });
        Assert.Equal("Sore spots on the quads: extra time, gentle pressure before your run.", result.Whys[1].ToString());
    }

    [Fact]
    public void Sore_calves_before_a_run_are_noted_when_the_library_has_no_pre_run_move_for_them()
    {
        var result = Build(new() { Phase = Phase.PreRun, Tools = [Tool.FoamRoller], SoreRegions = [BodyRegion.Calves] });

        var note = Assert.Single(result.Notes);
        Assert.Equal(("no-move", "The library has no move for the calves before a run."), (note.Code, note.Message));
        Assert.Equal(3, result.Routine!.Items.Count);
    }

    [Fact]
    public void Glutes_resting_after_a_stop_for_pain_get_gentle_broad_strokes_only_after_a_run()
    {
        var result = Build(new()
        {
            Phase = Phase.PostRun,
            Tools = [Tool.FoamRoller, Tool.Ball],
            RestAdvice = [new(BodyRegion.Glutes, RestReason.StoppedForPain)],
        });

        var routine = result.Routine!;
        var onGlutes = routine.Items.Where(item => item.Move.Regions.Contains(BodyRegion.Glutes)).ToList();
        var broad = Assert.Single(onGlutes);
        Assert.Equal("leg-broad-strokes", broad.Move.Slug);
        Assert.Equal(Intensity.Gentle, broad.IntensityCap);
        Assert.All(TimelineBuilder.Build(routine).Work().Where(s => s.Move == broad.Move), s => Assert.Equal(Intensity.Gentle, s.Intensity));
        Assert.Equal("Gentle broad strokes only: you stopped for pain on the glutes in the last day.",
            result.Whys[routine.Items.ToList().IndexOf(broad)].ToString());
    }

    [Fact]
    public void Glutes_resting_before_a_run_get_the_day_off_and_the_note_says_why()
    {
        var result = Build(new()
        {
            Phase = Phase.PreRun,
            Tools = [Tool.FoamRoller],
            SoreRegions = [BodyRegion.Glutes],
            RestAdvice = [new(BodyRegion.Glutes, RestReason.HardSession)],
        });

        Assert.Equal(["low-back-hips-release", "it-band-quads-roll"], result.Routine!.Items.Select(item => item.Move.Slug));
        var note = Assert.Single(result.Notes);
        Assert.Equal(("day-off", "A day off for the glutes after a hard session in the last day."), (note.Code, note.Message));
    }

    [Fact]
    public void With_no_tools_before_a_run_nothing_is_built_and_the_notes_say_what_to_bring()
    {
        var result = Build(new() { Phase = Phase.PreRun });

        Assert.Null(result.Routine);
        Assert.Empty(result.Whys);
        Assert.Equal(
        [
            "No move in the library can be done before a run with what you have.",
            "For the low back and hips before a run you would need a foam roller or a bolster.",
            "For the IT band and quads before a run you would need a foam roller.",
            "For the glutes and hip rotators before a run you would need a foam roller or a massage stick.",
        ], result.Notes.Select(note => note.Message));
    }

    [Fact]
    public void With_no_tools_after_a_run_and_in_a_break_hands_and_body_weight_moves_fill_the_time()
    {
        var postRun = Built(new() { Phase = Phase.PostRun });
        var movementBreak = Built(new() { Phase = Phase.Break });

        Assert.All(postRun.Items.Concat(movementBreak.Items), item => Assert.True(item.Move.Tools.Count == 0 || item.Move.Tools.Contains(Tool.Hands)));
        Assert.Equal(["standing-hip-circles", "standing-hip-opener", "walk-and-reset"], movementBreak.Items.Select(item => item.Move.Slug));
        Assert.Empty(RoutineRules.Check(movementBreak));
        Assert.InRange(TimelineBuilder.Build(postRun).BoutSeconds, 8 * 60 - 5, 8 * 60 + 5);
        Assert.InRange(TimelineBuilder.Build(movementBreak).BoutSeconds, 8 * 60 - 5, 8 * 60 + 5);
    }

    [Fact]
    public void Three_minutes_before_a_run_keep_the_first_two_stages_and_say_the_glutes_did_not_fit()
    {
        var result = Build(new() { Phase = Phase.PreRun, Minutes = 3, Tools = [Tool.FoamRoller] });

        Assert.Equal(["low-back-hips-release", "it-band-quads-roll"], result.Routine!.Items.Select(item => item.Move.Slug));
        Assert.InRange(TimelineBuilder.Build(result.Routine).BoutSeconds, 170, 190);
        var note = Assert.Single(result.Notes);
        Assert.Equal("no-room", note.Code);
        Assert.Contains("Glutes and hip rotators", note.Message);
    }

    [Fact]
    public void Three_minutes_after_a_run_still_cover_the_shins_and_the_glutes()
    {
        var routine = Built(new() { Phase = Phase.PostRun, Minutes = 3, Tools = [Tool.Ball] });

        Assert.Equal(["glutes-hips-adductors-ball", "shin-grip-ankle-circles"], routine.Items.Select(item => item.Move.Slug));
        Assert.InRange(TimelineBuilder.Build(routine).BoutSeconds, 175, 185);
    }

    [Fact]
    public void Twenty_minutes_after_a_run_with_every_tool_are_filled()
    {
        var result = Build(new() { Phase = Phase.PostRun, Minutes = 20, Tools = Enum.GetValues<Tool>() });

        Assert.InRange(TimelineBuilder.Build(result.Routine!).BoutSeconds, 20 * 60 - 5, 20 * 60 + 5);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Twenty_minutes_before_a_run_are_more_than_the_moves_allow_and_the_note_says_so()
    {
        var result = Build(new() { Phase = Phase.PreRun, Minutes = 20, Tools = [Tool.FoamRoller] });

        var routine = result.Routine!;
        Assert.All(routine.Items, item => Assert.Equal(item.Move.MaxSeconds, item.Seconds));
        var note = Assert.Single(result.Notes);
        Assert.Equal("shorter-than-asked", note.Code);
        Assert.StartsWith($"This routine takes {Labels.Duration(TimelineBuilder.Build(routine).BoutSeconds)}, short of the 20 minutes", note.Message);
    }

    [Fact]
    public void A_hard_run_gives_broad_strokes_more_time()
    {
        var plain = Built(new() { Phase = Phase.PostRun, Tools = [Tool.FoamRoller] });
        var result = Build(new() { Phase = Phase.PostRun, Tools = [Tool.FoamRoller], RanHard = true });

        Assert.True(Seconds(result.Routine!, "leg-broad-strokes") > Seconds(plain, "leg-broad-strokes"));
        Assert.Contains("You ran hard today: extra time on broad strokes to loosen up before point work.", result.Whys.Select(why => why.ToString()));
    }

    [Fact]
    public void The_same_request_gives_the_same_routine_whatever_the_order_of_moves_and_lists()
    {
        var request = new BuildRequest
        {
            Phase = Phase.PostRun,
            Minutes = 12,
            Tools = [Tool.Ball, Tool.FoamRoller],
            SoreRegions = [BodyRegion.Shins, BodyRegion.Quads],
            RestAdvice = [new(BodyRegion.Hips, RestReason.HardSession), new(BodyRegion.LowBack, RestReason.StoppedForPain)],
        };
        var reordered = request with
        {
            Tools = [.. request.Tools.Reverse()],
            SoreRegions = [.. request.SoreRegions.Reverse()],
            RestAdvice = [.. request.RestAdvice.Reverse()],
        };

        var first = JsonSerializer.Serialize(RoutineBuilder.Build(request, SeedLibrary.Moves));
        var second = JsonSerializer.Serialize(RoutineBuilder.Build(reordered, SeedLibrary.Moves.Reverse()));
        var third = JsonSerializer.Serialize(RoutineBuilder.Build(request, SeedLibrary.Moves.OrderBy(move => move.Name.Length).ThenByDescending(move => move.Slug)));

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }
}
