namespace MassageRoutines.Engine;

// The words the domain is made of. JSON and URLs spell them in kebab case
// ("pre-run", "it-band", "foam-roller"); Labels gives the words people read.

public enum Phase { PreRun, PostRun, Break }

public enum Intensity { Gentle, Moderate, Deep }

public enum BodyRegion
{
    LowBack, Hips, ItBand, Quads, Glutes, HipRotators, Adductors, Hamstrings, Calves, Shins, FullBody,
}

public enum Tool { FoamRoller, MassageStick, Ball, Hands, MassageGun, Bolster }

public enum Position { Standing, LyingOnBack, LyingOnSide, Seated }

/// <summary>How a move works the tissue; post-run, broad work on a region comes before point work.</summary>
public enum Technique { Drill, Hold, Broad, Point }

/// <summary>Which sides a routine plays of a per-side move.</summary>
public enum Sides { Both, Left, Right }

public enum Side { Left, Right }

public enum SegmentKind { WarmUp, Gate, Prepare, Work, SwitchSides, Rest }
