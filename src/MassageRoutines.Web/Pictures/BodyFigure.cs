using System.Text;
using System.Text.Encodings.Web;
using MassageRoutines.Engine;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pictures;

public enum BodyView { Front, Back }

/// <param name="Path">
/// SVG path data in absolute coordinates of a 100 × 250 view, both legs' parts where the region has two:
/// smooth curves through a few points (Catmull-Rom as cubic Béziers, whose S commands keep them short).
/// </param>
public sealed record RegionShape(BodyRegion Region, BodyView View, string Path);

/// <summary>
/// Our drawing of the body, seen from the front and from the back, with one shape per body region
/// except full body (which is the whole figure). The body maps and the tappable map all draw it.
/// </summary>
public static class BodyFigure
{
    public const int ViewWidth = 100, ViewHeight = 250;

    // Drawn in this order: the hip rotators lie over the glutes. In each view the order is also top to
    // bottom, which the tappable map's labels (placed by site.css) follow, so its tab order follows the picture.
    public static readonly IReadOnlyList<RegionShape> Shapes =
    [
        new(BodyRegion.LowBack, BodyView.Back,
            "M40 86C43.5 83.7 56.5 83.7 60 86S62.7 97 61 100S53.7 104 50 104S40.7 103 39 100S36.5 88.3 40 86Z"),
        new(BodyRegion.Hips, BodyView.Front,
            "M57 96C58 92.8 62.3 92 64 94S66.7 104.3 67 108S67.5 115.2 66 116S59.5 116.3 58 113S56 99.2 57 96ZM42 113C40.5 116.3 35.5 116.8 34 116S32.7 111.7 33 108S34.3 96 36 94S42 92.8 43 96S43.5 109.7 42 113Z"),
        new(BodyRegion.ItBand, BodyView.Front,
            "M66.5 115C66.9 112.7 69.1 113.5 69.5 118S69.5 133.7 69 142S67.5 162.2 66.5 168S63.3 178.3 63 177S63.8 167.5 64.5 160S66.7 139.5 67 132S66.1 117.3 66.5 115ZM33 132C33.3 139.5 34.8 152.5 35.5 160S37.3 175.7 37 177S34.5 173.8 33.5 168S31.5 150.3 31 142S30.1 122.5 30.5 118S33.1 112.7 33.5 115S32.7 124.5 33 132Z"),
        new(BodyRegion.Quads, BodyView.Front,
            "M57.5 123C58.7 119.3 61.6 116.5 63 118S65.7 125 66 132S66.1 153.7 65 160S60.9 170 59.5 170S57.1 165 56.5 160S55.8 146.2 56 140S56.3 126.7 57.5 123ZM44 140C44.2 146.2 44.1 155 43.5 160S41.9 170 40.5 170S36.1 166.3 35 160S33.7 139 34 132S35.6 119.5 37 118S41.3 119.3 42.5 123S43.8 133.8 44 140Z"),
        new(BodyRegion.Glutes, BodyView.Back,
            "M51 106C52.5 103 57.3 101.3 60 102S65.7 106.2 67 110S68.8 120.7 68 125S64.7 134.3 62 136S53.8 137.7 52 135S51.2 124.8 51 120S49.5 109 51 106ZM49 120C48.8 124.8 49.8 132.3 48 135S40.7 137.7 38 136S32.8 129.3 32 125S31.7 113.8 33 110S37.3 102.7 40 102S47.5 103 49 106S49.2 115.2 49 120Z"),
        new(BodyRegion.HipRotators, BodyView.Back,
            "M51.5 121C52.8 119.5 57.4 119.5 60 119.5S65.6 119.8 67 121S68.7 125.3 68.5 127S67.6 130.7 66 131S61.3 129.4 59 129S53.2 129.8 52 128.5S50.2 122.5 51.5 121ZM48 128.5C46.8 129.8 43.3 128.6 41 129S35.6 131.3 34 131S31.7 128.7 31.5 127S31.6 122.2 33 121S37.4 119.5 40 119.5S47.2 119.5 48.5 121S49.2 127.2 48 128.5Z"),
        new(BodyRegion.Adductors, BodyView.Front,
            "M51 124C51.8 119.5 54.7 120 55.5 123S56 135.5 55.8 142S55 156.7 54.5 162S53.1 176 52.5 174S51.2 158.3 51 150S50.2 128.5 51 124ZM49 150C48.8 158.3 48.1 172 47.5 174S46 167.3 45.5 162S44.4 148.5 44.2 142S43.7 126 44.5 123S48.2 119.5 49 124S49.2 141.7 49 150Z"),
        new(BodyRegion.Hamstrings, BodyView.Back,
            "M53.5 141C55 137.5 60.8 137.5 63 139S66.3 145.5 66.5 150S65.4 162.5 64 166S59.7 172 58 171S54.8 165 54 160S52 144.5 53.5 141ZM46 160C45.2 165 43.7 170 42 171S37.4 169.5 36 166S33.3 154.5 33.5 150S34.8 140.5 37 139S45 137.5 46.5 141S46.8 155 46 160Z"),
        new(BodyRegion.Calves, BodyView.Back,
            "M54 180C55.3 177.3 59.3 176.3 61 178S64 185.3 64 190S62.3 203 61 206S57.3 210 56 208S53.3 198.7 53 194S52.7 182.7 54 180ZM47 194C46.7 198.7 45.3 206 44 208S40.3 209 39 206S36 194.7 36 190S37.3 179.7 39 178S44.7 177.3 46 180S47.3 189.3 47 194Z"),
        new(BodyRegion.Shins, BodyView.Front,
            "M55 182C55.8 179.7 59.2 181 60 184S60.3 194.7 60 200S58.8 213.7 58 216S55.5 217 55 214S55 203.3 55 198S54.2 184.3 55 182ZM45 198C45 203.3 45.5 211 45 214S42.8 218.3 42 216S40.3 205.3 40 200S39.2 187 40 184S44.2 179.7 45 182S45 192.7 45 198Z"),
    ];

    // The same outline serves both views; the head is an ellipse above it.
    private const string Outline =
        "M55 31C57 32.2 54.8 36.3 57 38S65 39.5 68 41S73.5 43.5 75 47S76.3 55.8 77 62S78.3 77 79 84S80.3 98 81 104S82.8 116 83 120S82.8 126.5 82 128S79 130.2 78 129S76.8 125.5 76 121S73.8 108.8 73 102S71.8 87.3 71 80S68.8 59 68 58S66.7 68.3 66 74S63.5 86 64 92S68.2 102 69 110S69.8 129.7 69 140S64.8 163.7 64 172S64.7 182.3 64 190S60.3 211.3 60 218S63 227.8 62 230S55.5 232.8 54 231S53.2 225.8 53 219S53 197.8 53 190S53.2 180 53 172S52.5 150 52 142S50.7 124 50 124S48.5 134 48 142S47.2 164 47 172S47 182.2 47 190S47.2 212.2 47 219S47.5 229.2 46 231S39 232.2 38 230S40.3 224.7 40 218S36.7 197.7 36 190S36.8 180.3 36 172S31.8 150.3 31 140S30.2 118 31 110S35.5 98 36 92S34.7 79.7 34 74S32.8 57 32 58S29.8 72.7 29 80S27.8 95.2 27 102S24.8 116.5 24 121S23 127.8 22 129S18.8 129.5 18 128S16.8 124 17 120S18.3 110 19 104S20.3 91 21 84S22.3 68.2 23 62S23.5 50.5 25 47S29 42.5 32 41S40.8 39.7 43 38S43 32.2 45 31S53 29.8 55 31Z";

    /// <summary>
    /// Appends one view: the figure, its region shapes and the view's name. <paramref name="classOf"/>
    /// adds a state class per region ("worked", "shaded shade-2"), or nothing; full body's goes on the figure.
    /// </summary>
    public static void AppendView(StringBuilder svg, BodyView view, Func<BodyRegion, string> classOf, IStringLocalizer<Words> words)
    {
        var figure = Classes("figure region-full-body", classOf(BodyRegion.FullBody));
        svg.Append($"""<ellipse class="{figure}" cx="50" cy="19" rx="10" ry="12.5"/><path class="{figure}" d="{Outline}"/>""");
        foreach (var shape in Shapes.Where(s => s.View == view))
        {
            svg.Append($"""<path class="{Classes($"shape region-{Kebab.Of(shape.Region)}", classOf(shape.Region))}" d="{shape.Path}"/>""");
        }
        svg.Append($"""<text class="view-name" x="50" y="246">{HtmlEncoder.Default.Encode(NameOf(view, words))}</text>""");
    }

    /// <summary>The view's name in the page's language. "Back" alone is the player's button (German "Zurück"), so a view is named as one.</summary>
    public static string NameOf(BodyView view, IStringLocalizer<Words> words) => view switch
    {
        BodyView.Front => words["Front view"],
        _ => words["Back view"],
    };

    private static string Classes(string always, string state) => state.Length == 0 ? always : $"{always} {state}";
}
