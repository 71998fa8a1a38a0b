using System.Globalization;
using System.Numerics;
using System.Text;
using MassageRoutines.Engine;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pictures;

/// <summary>
/// A stick figure of how a move is done: its position, with its first tool. It is drawn from the move's
/// own data, so a coach's new move gets its picture without anyone drawing it. Figures face right on a
/// 120 × 80 canvas; a tool to lie or sit on goes between the floor and the body and lifts it, a tool to
/// lean on goes between the back and a wall, and a tool in the hand works the limb's upper (or front) side.
/// </summary>
public static class Pictogram
{
    private const float Floor = 74, Half = 3.5f; // the floor's level, and half a limb's stroke

    public static IHtmlContent Of(Move move, PictureSize size, IStringLocalizer<Words> words) =>
        Svg(move.Position, move.Tools.Count > 0 ? move.Tools[0] : null, size, words);

    /// <summary>"Seated, with a foam roller", "Standing, body weight only", in the page's language: one whole phrase per case.</summary>
    public static string AltText(Position position, Tool? tool, IStringLocalizer<Words> words)
    {
        var where = words[Labels.Of(position)].Value;
        return tool switch
        {
            null => words["{0}, body weight only", where],
            Tool.Hands => words["{0}, with your hands", where],
            { } held => words["{0}, with a {1}", where, Phrases.NounInSentence(words[Labels.Of(held)])],
        };
    }

    public static IHtmlContent Svg(Position position, Tool? tool, PictureSize size, IStringLocalizer<Words> words)
    {
        var pose = PoseOf(position);
        var thickness = tool is { } t ? Thickness(t) : 0;
        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" class="pictogram picture-{Kebab.Of(size)}" viewBox="0 0 120 80" role="img" aria-label="{HtmlEncoder.Default.Encode(AltText(position, tool, words))}">""");
        svg.Append($"""<path class="ground" d="M2 {N(Floor + 2)}H118"/>""");

        var body = pose.Body;
        var head = pose.Head;
        if (thickness > 0 && pose.LeanPoint is { } back)
        {
            svg.Append($"""<path class="ground" d="M{N(back.X - thickness - 1)} 4V{N(Floor + 2)}"/>""");
            AppendSupport(svg, tool!.Value, new(back.X - thickness / 2, back.Y), upright: true);
        }
        else if (thickness > 0)
        {
            AppendSupport(svg, tool!.Value, new(pose.SupportX, Floor - thickness / 2), upright: false);
            body = body.Select((p, i) => p with { Y = p.Y - thickness * pose.Lifts[i] }).ToArray();
            head = head with { Y = head.Y - thickness * pose.Lifts[0] };
        }

        svg.Append($"""<polyline class="limb" points="{Points(body)}"/><circle class="head" cx="{N(head.X)}" cy="{N(head.Y)}" r="6.5"/>""");
        if (pose.Prop.Length > 0)
        {
            svg.Append($"""<polyline class="limb arm" points="{Points([body[0], .. pose.Prop])}"/>""");
        }
        if (tool is { } inHand && thickness == 0)
        {
            AppendHeld(svg, inHand, pose, body);
        }
        else if (pose.RestingArm.Length > 0)
        {
            svg.Append($"""<polyline class="limb arm" points="{Points([body[0], .. pose.RestingArm])}"/>""");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>How far a tool to lie, sit or lean on holds the body off the floor or wall; 0 for a tool held in the hand.</summary>
    private static float Thickness(Tool tool) => tool switch
    {
        Tool.FoamRoller => 16,
        Tool.Bolster => 12,
        Tool.Ball => 11,
        Tool.MassageStick or Tool.MassageGun or Tool.Hands => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    private static void AppendSupport(StringBuilder svg, Tool tool, Vector2 centre, bool upright)
    {
        var (x, y) = (N(centre.X), N(centre.Y));
        switch (tool)
        {
            case Tool.FoamRoller:
                svg.Append($"""<circle class="tool" cx="{x}" cy="{y}" r="8"/><circle class="hole" cx="{x}" cy="{y}" r="2.5"/>""");
                break;
            case Tool.Ball:
                svg.Append($"""<circle class="tool" cx="{x}" cy="{y}" r="5.5"/>""");
                break;
            case Tool.Bolster:
                var size = upright ? new Vector2(12, 26) : new Vector2(26, 12);
                var corner = centre - size / 2;
                svg.Append($"""<rect class="tool" x="{N(corner.X)}" y="{N(corner.Y)}" width="{N(size.X)}" height="{N(size.Y)}" rx="6"/>""");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(tool));
        }
    }

    /// <summary>The working arm with the tool in its hand, on the limb segment the pose works.</summary>
    private static void AppendHeld(StringBuilder svg, Tool tool, Pose pose, Vector2[] body)
    {
        var (from, to) = (body[pose.WorkSegment], body[pose.WorkSegment + 1]);
        var along = Vector2.Normalize(to - from);
        // The tool works the side of the limb that faces up, or the front (right) of an upright limb.
        var normal = new Vector2(along.Y, -along.X);
        if (normal.Y > 0.01f || (Math.Abs(normal.Y) <= 0.01f && normal.X < 0))
        {
            normal = -normal;
        }
        var surface = Vector2.Lerp(from, to, pose.WorkAt) + normal * Half;

        void Arm(Vector2 hand) => svg.Append($"""<polyline class="limb arm" points="{Points([body[0], pose.Elbow, hand])}"/>""");
        switch (tool)
        {
            case Tool.Hands:
                var palm = surface + normal * Half;
                Vector2 strokeStart = palm + normal * 5 - along * 6, strokeEnd = palm + normal * 5 + along * 6, bend = palm + normal * 9;
                Arm(palm);
                svg.Append($"""<circle class="tool" cx="{N(palm.X)}" cy="{N(palm.Y)}" r="3.5"/><path class="motion" d="M{P(strokeStart)}Q{P(bend)} {P(strokeEnd)}"/>""");
                break;
            case Tool.MassageStick:
                var grip = surface + normal * 5.5f;
                Vector2 start = grip - along * 16, end = grip + along * 16;
                Arm(grip);
                svg.Append($"""<path class="tool-line" d="M{P(start)}L{P(end)}"/><path class="tool-line grip" d="M{P(start)}l{P(along * 4)}M{P(end)}l{P(-along * 4)}"/>""");
                break;
            case Tool.MassageGun:
                Vector2 nozzle = surface + normal * 2.5f, back = surface + normal * 14;
                // The handle hangs off the back of the barrel, on the side away from the elbow.
                var handle = Vector2.Dot(along, pose.Elbow - back) > 0 ? -along * 8 : along * 8;
                Arm(back);
                svg.Append($"""<path class="tool-line" d="M{P(nozzle)}L{P(back)}"/><path class="tool-line grip" d="M{P(back)}l{P(handle)}"/><circle class="tool" cx="{N(nozzle.X)}" cy="{N(nozzle.Y)}" r="3"/>""");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(tool));
        }
    }

    /// <param name="Body">The shoulder, then down the trunk and leg to the foot.</param>
    /// <param name="Lifts">How much of a tool's thickness lifts each point of <paramref name="Body"/> when lying or sitting on it.</param>
    /// <param name="SupportX">Where a tool to lie or sit on goes.</param>
    /// <param name="LeanPoint">Where the back meets a tool to lean on, for a pose against a wall.</param>
    /// <param name="Prop">An arm always drawn from the shoulder (propped on the floor); may be empty.</param>
    /// <param name="RestingArm">The arm from the shoulder when no tool is in the hand; may be empty.</param>
    /// <param name="Elbow">The working arm's elbow, when a tool is in the hand.</param>
    /// <param name="WorkSegment">The body segment (from Body[i] to Body[i + 1]) a tool in the hand works, at fraction <paramref name="WorkAt"/> of it.</param>
    private sealed record Pose(
        Vector2 Head, Vector2[] Body, float[] Lifts, float SupportX, Vector2? LeanPoint,
        Vector2[] Prop, Vector2[] RestingArm, Vector2 Elbow, int WorkSegment, float WorkAt);

    private const float OnFloor = Floor - Half;

    private static readonly Pose Standing = new(
        Head: new(60, 11), Body: [new(60, 21), new(60, 45), new(60, OnFloor)], Lifts: [0, 0, 0], SupportX: 0, LeanPoint: new(60 - Half, 40),
        Prop: [], RestingArm: [new(62, 34), new(62, 46)], Elbow: new(67, 33), WorkSegment: 1, WorkAt: 0.25f);

    private static readonly Pose LyingOnBack = new(
        Head: new(12, 64), Body: [new(22, 68), new(54, OnFloor), new(72, 48), new(88, OnFloor)], Lifts: [0, 1, 0.5f, 0], SupportX: 52, LeanPoint: null,
        Prop: [], RestingArm: [new(34, OnFloor), new(44, OnFloor)], Elbow: new(40, 60), WorkSegment: 1, WorkAt: 0.5f);

    private static readonly Pose LyingOnSide = new(
        Head: new(17, 45), Body: [new(25, 54), new(54, 69), new(70, OnFloor), new(102, OnFloor)], Lifts: [0, 0.7f, 1, 0.25f], SupportX: 70, LeanPoint: null,
        Prop: [new(24, OnFloor), new(38, OnFloor)], RestingArm: [], Elbow: new(44, 55), WorkSegment: 1, WorkAt: 0.6f);

    private static readonly Pose Seated = new(
        Head: new(30, 26), Body: [new(32, 37), new(38, OnFloor), new(62, 52), new(86, OnFloor)], Lifts: [1, 1, 0.5f, 0], SupportX: 38, LeanPoint: null,
        Prop: [], RestingArm: [new(25, 55), new(18, OnFloor)], Elbow: new(50, 50), WorkSegment: 2, WorkAt: 0.25f);

    private static Pose PoseOf(Position position) => position switch
    {
        Position.Standing => Standing,
        Position.LyingOnBack => LyingOnBack,
        Position.LyingOnSide => LyingOnSide,
        Position.Seated => Seated,
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };

    private static string Points(IEnumerable<Vector2> points) => string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));

    private static string P(Vector2 point) => $"{N(point.X)} {N(point.Y)}";

    private static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
