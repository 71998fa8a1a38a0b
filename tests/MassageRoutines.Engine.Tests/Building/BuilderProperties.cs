using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using MassageRoutines.Engine.Building;

namespace MassageRoutines.Engine.Tests.Building;

/// <summary>Random libraries and random runners: whatever the moves and the request, a built routine keeps the rules.</summary>
public class BuilderProperties
{
    private const int Iterations = 400;

    private static readonly Gen<Move> GenMove = Gen.Select(
        Gen.Enum<BodyRegion>().ArrayUnique[1, 3],
        Gen.Enum<Tool>().ArrayUnique[0, 2],
        Gen.Enum<Position>(),
        Gen.Enum<Phase>().ArrayUnique[1, 2],
        Gen.Enum<Technique>(),
        Gen.Enum<Intensity>(),
        Gen.Bool,
        Gen.Int[MoveRules.ShortestSeconds, 120],
        Gen.Int[0, 60],
        Gen.Int[0, 120],
        (regions, tools, position, phases, technique, intensity, perSide, min, aboveMin, aboveDefault) => new Move
        {
            Slug = "move",
            Name = "Move",
            Regions = regions,
            Tools = tools,
            Position = position,
            Phases = phases,
            Technique = technique,
            Intensity = intensity,
            PerSide = perSide,
            MinSeconds = min,
            DefaultSeconds = min + aboveMin,
            MaxSeconds = min + aboveMin + aboveDefault,
            Steps = ["Work slowly."],
        });

    private static readonly Gen<Move[]> GenLibrary = GenMove.Array[0, 24]
        .Select(moves => moves.Select((move, i) => move with { Slug = $"move-{i}", Name = $"Move {i}" }).ToArray());

    private static readonly Gen<BuildRequest> GenRequest = Gen.Select(
        Gen.Enum<Phase>(),
        Gen.Int[BuildRequest.ShortestMinutes, BuildRequest.LongestMinutes],
        Gen.Enum<Tool>().ArrayUnique[0, 3],
        Gen.Enum<BodyRegion>().ArrayUnique[0, 3],
        Gen.Bool,
        Gen.Select(Gen.Enum<BodyRegion>(), Gen.Enum<RestReason>(), (region, reason) => new RestAdvice(region, reason)).Array[0, 3],
        (phase, minutes, tools, sore, ranHard, rest) => new BuildRequest
        {
            Phase = phase,
            Minutes = minutes,
            Tools = tools,
            SoreRegions = sore,
            RanHard = ranHard && phase == Phase.PostRun,
            RestAdvice = rest,
        });

    private static readonly Gen<(Move[] Library, BuildRequest Request)> GenCase = Gen.Select(GenLibrary, GenRequest);

    private static readonly JsonSerializerOptions PrintJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A failing case as JSON, so its moves and request can be read.</summary>
    private static string Print((Move[] Library, BuildRequest Request) test) =>
        JsonSerializer.Serialize(new { test.Request, test.Library }, PrintJson);

    private static void ForEveryBuiltRoutine(Action<Move[], BuildRequest, BuildResult, Routine> assert) =>
        GenCase.Sample((library, request) =>
        {
            var result = RoutineBuilder.Build(request, library);
            if (result.Routine is { } routine)
            {
                assert(library, request, result, routine);
            }
        }, iter: Iterations, print: Print);

    private static bool CanDo(BuildRequest request, Move move) =>
        move.Tools.Count == 0 || move.Tools.Any(tool => tool == Tool.Hands || request.Tools.Contains(tool));

    private static bool Touches(Move move, IEnumerable<BodyRegion> regions) => move.Regions.Intersect(regions).Any();

    [Fact]
    public void Random_libraries_pass_the_move_rules()
    {
        GenLibrary.Sample(library => Assert.All(library, move => Assert.Empty(MoveRules.Check(move))), iter: 50);
    }

    [Fact]
    public void A_built_routine_passes_the_routine_rules_with_doable_moves_and_one_why_per_move()
    {
        GenCase.Sample((library, request) =>
        {
            var result = RoutineBuilder.Build(request, library);
            if (result.Routine is not { } routine)
            {
                Assert.Equal("nothing-to-do", result.Notes[0].Code);
                var rested = request.RestAdvice.Select(advice => advice.Region).ToList();
                Assert.DoesNotContain(library, move =>
                    move.Phases.Contains(request.Phase) && CanDo(request, move)
                    && (move.Technique != Technique.Drill || request.Phase == Phase.Break)
                    && (move.Intensity != Intensity.Deep || request.Phase != Phase.PreRun)
                    && (move.Technique == Technique.Broad || !Touches(move, rested)));
                return;
            }

            Assert.Empty(RoutineRules.Check(routine));
            Assert.All(routine.Items, item => Assert.True(CanDo(request, item.Move)));
            Assert.All(routine.Items, item => Assert.Equal(Sides.Both, item.Sides));
            Assert.Equal(routine.Items.Count, result.Whys.Count);
            Assert.All(result.Whys, why => Assert.False(string.IsNullOrWhiteSpace(why.ToString())));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void A_built_routine_raises_no_order_phase_or_intensity_warning()
    {
        ForEveryBuiltRoutine((_, _, _, routine) =>
        {
            Assert.Empty(RoutineChecks.Order(routine));
            Assert.Empty(RoutineChecks.PhaseFit(routine));
            Assert.All(TimelineBuilder.Build(routine).Warnings, warning => Assert.Contains(warning.Code, new[] { "bout-short", "bout-long" }));
        });
    }

    [Fact]
    public void Before_a_run_the_warm_up_comes_first_and_nothing_is_played_harder_than_moderate()
    {
        ForEveryBuiltRoutine((library, request, _, routine) =>
        {
            if (request.Phase != Phase.PreRun)
            {
                return;
            }

            Assert.Equal(TimelineBuilder.MinimumWarmUpMinutes, routine.WarmUpMinutes);
            var drills = library.Where(move => move.Technique == Technique.Drill && move.Phases.Contains(Phase.PreRun) && CanDo(request, move));
            Assert.Equal(drills.Select(move => move.Slug).Order(), routine.WarmUpDrills.Select(move => move.Slug).Order());
            var timeline = TimelineBuilder.Build(routine);
            Assert.True(timeline.Segments[0].IsWarmUp);
            Assert.All(timeline.Segments, segment => Assert.True(segment.Intensity <= Intensity.Moderate));
        });
    }

    [Fact]
    public void Before_a_run_every_move_on_a_sore_region_is_played_gentle()
    {
        ForEveryBuiltRoutine((_, request, _, routine) =>
        {
            if (request.Phase != Phase.PreRun)
            {
                return;
            }

            Assert.All(TimelineBuilder.Build(routine).Work().Where(segment => Touches(segment.Move!, request.SoreRegions)),
                segment => Assert.Equal(Intensity.Gentle, segment.Intensity));
        });
    }

    [Fact]
    public void A_resting_region_gets_gentle_broad_strokes_or_a_day_off_note()
    {
        ForEveryBuiltRoutine((_, request, result, routine) =>
        {
            var rested = request.RestAdvice.Select(advice => advice.Region).Distinct().ToList();
            Assert.All(TimelineBuilder.Build(routine).Work().Where(segment => Touches(segment.Move!, rested)), segment =>
            {
                Assert.Equal(Technique.Broad, segment.Move!.Technique);
                Assert.Equal(Intensity.Gentle, segment.Intensity);
            });
            var untouched = rested.Count(region => !routine.Items.Any(item => item.Move.Regions.Contains(region)));
            Assert.Equal(untouched, result.Notes.Count(note => note.Code == "day-off"));
        });
    }

    [Fact]
    public void After_a_run_the_shins_and_the_glutes_or_adductors_are_worked_whenever_a_move_for_them_can_be_done()
    {
        ForEveryBuiltRoutine((library, request, _, routine) =>
        {
            if (request.Phase != Phase.PostRun)
            {
                return;
            }

            var rested = request.RestAdvice.Select(advice => advice.Region).ToList();
            bool Allowed(Move move) =>
                move.Phases.Contains(Phase.PostRun) && move.Technique != Technique.Drill && CanDo(request, move)
                && (move.Technique == Technique.Broad || !Touches(move, rested));
            BodyRegion[][] needed = [[BodyRegion.Shins], [BodyRegion.Glutes, BodyRegion.Adductors]];
            foreach (var regions in needed)
            {
                if (library.Any(move => Allowed(move) && Touches(move, regions)))
                {
                    Assert.Contains(routine.Items, item => Touches(item.Move, regions));
                }
            }
        });
    }

    [Fact]
    public void The_bout_is_within_ten_percent_of_the_minutes_or_a_note_says_why()
    {
        ForEveryBuiltRoutine((_, request, result, routine) =>
        {
            var timeline = TimelineBuilder.Build(routine);
            var bout = timeline.BoutSeconds;
            var asked = request.Minutes * 60;
            var codes = result.Notes.Select(note => note.Code).ToList();
            var shorter = codes.Contains("shorter-than-asked");
            var longer = codes.Contains("longer-than-asked");

            Assert.True(Math.Abs(bout - asked) * 10 <= asked || shorter || longer);
            if (request.Minutes is >= 5 and <= 10)
            {
                Assert.True(!timeline.Codes().Any(code => code is "bout-short" or "bout-long") || shorter || longer);
            }

            // A note only when the moves' limits really stop the routine from reaching the minutes.
            if (shorter)
            {
                Assert.True(bout < asked);
                Assert.All(routine.Items, item => Assert.Equal(item.Move.MaxSeconds, item.Seconds));
            }
            if (longer)
            {
                Assert.True(bout > asked);
                Assert.All(routine.Items, item => Assert.Equal(item.Move.MinSeconds, item.Seconds));
            }
        });
    }

    [Fact]
    public void The_same_request_gives_the_same_routine_whatever_the_order_it_comes_in()
    {
        Gen.Select(GenCase, Gen.Int).Sample((test, seed) =>
        {
            var (library, request) = test;
            var random = new Random(seed);
            var shuffled = library.ToArray();
            random.Shuffle(shuffled);
            var reordered = request with
            {
                Tools = [.. request.Tools.Reverse()],
                SoreRegions = [.. request.SoreRegions.Reverse()],
                RestAdvice = [.. request.RestAdvice.Reverse()],
            };

            Assert.Equal(
                JsonSerializer.Serialize(RoutineBuilder.Build(request, library)),
                JsonSerializer.Serialize(RoutineBuilder.Build(reordered, shuffled)));
        }, iter: Iterations, print: test => Print(test.Item1));
    }
}
