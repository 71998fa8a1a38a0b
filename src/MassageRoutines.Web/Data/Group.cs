namespace MassageRoutines.Web.Data;

/// <summary>
/// A coach's group of runners ("Tuesday track"). Runners join by its secret link; its coaches set a
/// weekly plan and see how each member keeps to it.
/// </summary>
public sealed class Group
{
    /// <summary>Room for a token; ours are 24 random bytes in base64url, 32 characters.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>Items in a plan, at most: a week's plan fits on a phone's screen.</summary>
    public const int MaxPlanItems = 20;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The secret in the join link (/groups/join/{token}).</summary>
    public required string JoinToken { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<GroupCoach> Coaches { get; set; } = [];
    public List<GroupMember> Members { get; set; } = [];
    public List<PlanItem> Plan { get; set; } = [];
}

/// <summary>A coach of a group: the group's pages are theirs.</summary>
public sealed class GroupCoach
{
    public int GroupId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The coach who made the group; owners add the other coaches.</summary>
    public bool IsOwner { get; set; }
}

/// <summary>A runner in a group, whose sessions of the last weeks the group's coaches see while they stay.</summary>
public sealed class GroupMember
{
    public int GroupId { get; set; }
    public Group? Group { get; set; }
    public required string UserId { get; set; }
    public DateTime JoinedAt { get; set; }
}

/// <summary>
/// A routine in a group's plan, and when: on some days of the week, before or after that day's run,
/// or every day. The routine is named by slug alone, so any routine that plays by slug can be planned:
/// a published one of the coach's libraries, or one built for the coach and kept under My routines.
/// </summary>
public sealed class PlanItem
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public required string RoutineSlug { get; set; }

    /// <summary>
    /// The name a built routine goes by in the plan (the coach's, from My routines), as built ones are
    /// all called "Your … routine"; null for a library routine, which has its own.
    /// </summary>
    public string? Name { get; set; }

    public PlanTiming Timing { get; set; }

    /// <summary>The days it is planned on; every day when <see cref="Timing"/> is daily.</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public bool IsOn(DayOfWeek day) => Timing == PlanTiming.Daily || Days.Contains(day);

    /// <summary>How many times a week the plan asks for it.</summary>
    public int TimesPerWeek => Timing == PlanTiming.Daily ? 7 : Days.Count;
}

public enum PlanTiming { BeforeRun, AfterRun, Daily }
