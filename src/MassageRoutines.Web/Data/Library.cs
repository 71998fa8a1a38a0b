namespace MassageRoutines.Web.Data;

/// <summary>A named collection of moves and routines: the seeded default one, or a coach's or gym's own.</summary>
public sealed class Library
{
    public const string DefaultSlug = "default";

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>The seeded library: coaches copy it rather than edit it.</summary>
    public bool IsReadOnly { get; set; }

    /// <summary>The coaches who may edit it: the one who made it, and those they added.</summary>
    public List<LibraryEditor> Editors { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public List<MoveRecord> Moves { get; set; } = [];
    public List<RoutineRecord> Routines { get; set; } = [];
}

/// <summary>A coach who may edit a library.</summary>
public sealed class LibraryEditor
{
    public int LibraryId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The coach who made the library; owners add and remove the other editors.</summary>
    public bool IsOwner { get; set; }
}

public enum ContentStatus { Draft, Published, Archived }
