namespace MassageRoutines.Engine.Building;

/// <summary>A routine built for one runner, and what they should know about it.</summary>
/// <param name="Routine">
/// The routine, with slug <see cref="RoutineBuilder.Slug"/> and a plain name for the caller to replace;
/// null when no move in the library can be done, and <paramref name="Notes"/> say why.
/// </param>
/// <param name="Whys">One line per item of the routine, in the same order: why this move is here.</param>
/// <param name="Notes">What is missing or left out, and why the routine is shorter or longer than asked.</param>
public sealed record BuildResult(Routine? Routine, IReadOnlyList<Wording> Whys, IReadOnlyList<Warning> Notes);
