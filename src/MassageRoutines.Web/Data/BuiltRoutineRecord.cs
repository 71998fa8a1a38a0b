using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;

namespace MassageRoutines.Web.Data;

/// <summary>
/// A routine the builder made, stored once however often it is built: its slug and key come from a
/// hash of what was built (Building/BuiltRoutines). It never changes. Runners play, log and keep it
/// like a published routine, as version 1.
/// </summary>
public sealed class BuiltRoutineRecord
{
    /// <summary>The hash's length: SHA-256 in hex.</summary>
    public const int HashLength = 64;

    public int Id { get; set; }

    /// <summary>"built-" and the start of <see cref="Hash"/>.</summary>
    public required string Slug { get; set; }

    public required string Hash { get; set; }

    /// <summary>The library whose published moves it was built from.</summary>
    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    /// <summary>The engine's routine, moves and intensity caps included, as JSON.</summary>
    public required string Definition { get; set; }

    /// <summary>Why each move is there, one line per item of the routine, each as <see cref="WordingJson"/>.</summary>
    public List<string> Whys { get; set; } = [];

    /// <summary>What is missing, and why it is shorter or longer than asked.</summary>
    public List<BuiltNote> Notes { get; set; } = [];

    public DateTime BuiltAt { get; set; }

    public Routine ToRoutine() => RoutineJson.Read(Definition, $"Built routine {Slug}");

    /// <summary>The build as the builder gave it, for the routine in the language it is read in.</summary>
    public BuildResult ToBuild(Routine routine) =>
        new(routine, [.. Whys.Select(WordingJson.Read)], [.. Notes.Select(note => note.ToWarning())]);
}
