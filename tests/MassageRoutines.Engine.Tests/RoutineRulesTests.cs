namespace MassageRoutines.Engine.Tests;

public class RoutineRulesTests
{
    private static IEnumerable<string> FieldsBroken(Routine routine) => RoutineRules.Check(routine).Select(v => v.Field);

    [Fact]
    public void A_complete_routine_passes()
    {
        Assert.Empty(RoutineRules.Check(Sample.PreRun()));
    }

    public static TheoryData<string, Routine> Broken => new()
    {
        { "slug", Sample.PreRun() with { Slug = "Pre run" } },
        { "name", Sample.PreRun() with { Name = "" } },
        { "prepareSeconds", Sample.PreRun() with { PrepareSeconds = 61 } },
        { "switchSeconds", Sample.PreRun() with { SwitchSeconds = -1 } },
        { "warmUpMinutes", Sample.PreRun() with { WarmUpMinutes = 9 } },
        { "warmUpMinutes", Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs)) with { WarmUpMinutes = 10 } },
        { "items", Sample.Routine(Phase.PostRun) },
        { "items[0].seconds", Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs, 121)) },
        { "items[0].seconds", Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs, 29)) },
        { "items[0].sides", Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs, sides: Sides.Left)) },
        { "items[0].restSeconds", Sample.Routine(Phase.PostRun, Sample.Item(Sample.BroadLegs, rest: 301)) },
        { "items[1].move", Sample.Routine(Phase.PreRun, Sample.Item(Sample.LowBack), Sample.Item(Sample.Drills[0])) },
        { "warmUpDrills[1]", Sample.PreRun() with { WarmUpDrills = [Sample.Drills[0], Sample.LowBack] } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_rule_names_its_field(string field, Routine routine)
    {
        Assert.Equal([field], FieldsBroken(routine).Distinct());
    }

    [Fact]
    public void A_movement_break_may_be_made_of_drills()
    {
        var routine = Sample.Routine(Phase.Break, Sample.Item(Sample.Drills[0]));

        Assert.Empty(RoutineRules.Check(routine));
    }
}
