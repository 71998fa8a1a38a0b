using MassageRoutines.Engine.Building;

namespace MassageRoutines.Engine.Tests.Building;

public class BuildRequestTests
{
    [Fact]
    public void A_request_defaults_to_eight_minutes_with_hands_only_and_passes_the_checks()
    {
        var request = new BuildRequest { Phase = Phase.PostRun };

        Assert.Equal(8, request.Minutes);
        Assert.Empty(RoutineBuilder.Check(request));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(21)]
    public void Minutes_outside_3_to_20_are_refused_with_the_field_named(int minutes)
    {
        var violation = Assert.Single(RoutineBuilder.Check(new BuildRequest { Phase = Phase.PreRun, Minutes = minutes }));

        Assert.Equal("minutes", violation.Field);
        Assert.Equal($"Minutes must be between 3 and 20 (it is {minutes}).", violation.Message);
    }

    [Theory]
    [InlineData(Phase.PreRun)]
    [InlineData(Phase.Break)]
    public void Ran_hard_is_refused_except_after_a_run(Phase phase)
    {
        var violation = Assert.Single(RoutineBuilder.Check(new BuildRequest { Phase = phase, RanHard = true }));

        Assert.Equal("ranHard", violation.Field);
    }

    [Fact]
    public void Building_a_refused_request_throws_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => RoutineBuilder.Build(new BuildRequest { Phase = Phase.PreRun, Minutes = 0 }, SeedLibrary.Moves));

        Assert.Contains("Minutes must be between 3 and 20", error.Message);
    }

    [Fact]
    public void An_empty_library_builds_nothing_and_says_so()
    {
        var result = RoutineBuilder.Build(new BuildRequest { Phase = Phase.Break }, []);

        Assert.Null(result.Routine);
        Assert.Equal("nothing-to-do", result.Notes[0].Code);
    }
}
