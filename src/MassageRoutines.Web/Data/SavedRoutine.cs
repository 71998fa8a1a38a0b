namespace MassageRoutines.Web.Data;

/// <summary>A built routine a signed-in runner keeps under "My routines", by a name of their own.</summary>
public sealed class SavedRoutine
{
    /// <summary>How many routines one runner may keep, so their list stays one short page.</summary>
    public const int MaxPerRunner = 50;

    public int Id { get; set; }

    /// <summary>The account's id (not the "user-" runner id of session logs).</summary>
    public required string UserId { get; set; }

    public int BuiltRoutineId { get; set; }
    public BuiltRoutineRecord? BuiltRoutine { get; set; }

    public required string Name { get; set; }
    public DateTime SavedAt { get; set; }
}
