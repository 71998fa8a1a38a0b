using System.Text;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Pictures;

public enum BodyView { Front, Back }

/// <param name="Path">SVG path data in absolute coordinates of a 100 × 250 view; both legs' parts where the region has two.</param>
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
            "M40 86C43.5 83.7 56.5 83.7 60 86C63.5 88.3 62.7 97 61 100C59.3 103 53.7 104 50 104C46.3 104 40.7 103 39 100C37.3 97 36.5 88.3 40 86Z"),
        new(BodyRegion.Hips, BodyView.Front,
            "M57 96C58 92.8 62.3 92 64 94C65.7 96 66.7 104.3 67 108C67.3 111.7 67.5 115.2 66 116C64.5 116.8 59.5 116.3 58 113C56.5 109.7 56 99.2 57 96ZM42 113C40.5 116.3 35.5 116.8 34 116C32.5 115.2 32.7 111.7 33 108C33.3 104.3 34.3 96 36 94C37.7 92 42 92.8 43 96C44 99.2 43.5 109.7 42 113Z"),
        new(BodyRegion.ItBand, BodyView.Front,
            "M66.5 115C66.9 112.7 69.1 113.5 69.5 118C69.9 122.5 69.5 133.7 69 142C68.5 150.3 67.5 162.2 66.5 168C65.5 173.8 63.3 178.3 63 177C62.7 175.7 63.8 167.5 64.5 160C65.2 152.5 66.7 139.5 67 132C67.3 124.5 66.1 117.3 66.5 115ZM33 132C33.3 139.5 34.8 152.5 35.5 160C36.2 167.5 37.3 175.7 37 177C36.7 178.3 34.5 173.8 33.5 168C32.5 162.2 31.5 150.3 31 142C30.5 133.7 30.1 122.5 30.5 118C30.9 113.5 33.1 112.7 33.5 115C33.9 117.3 32.7 124.5 33 132Z"),
        new(BodyRegion.Quads, BodyView.Front,
            "M57.5 123C58.7 119.3 61.6 116.5 63 118C64.4 119.5 65.7 125 66 132C66.3 139 66.1 153.7 65 160C63.9 166.3 60.9 170 59.5 170C58.1 170 57.1 165 56.5 160C55.9 155 55.8 146.2 56 140C56.2 133.8 56.3 126.7 57.5 123ZM44 140C44.2 146.2 44.1 155 43.5 160C42.9 165 41.9 170 40.5 170C39.1 170 36.1 166.3 35 160C33.9 153.7 33.7 139 34 132C34.3 125 35.6 119.5 37 118C38.4 116.5 41.3 119.3 42.5 123C43.7 126.7 43.8 133.8 44 140Z"),
        new(BodyRegion.Glutes, BodyView.Back,
            "M51 106C52.5 103 57.3 101.3 60 102C62.7 102.7 65.7 106.2 67 110C68.3 113.8 68.8 120.7 68 125C67.2 129.3 64.7 134.3 62 136C59.3 137.7 53.8 137.7 52 135C50.2 132.3 51.2 124.8 51 120C50.8 115.2 49.5 109 51 106ZM49 120C48.8 124.8 49.8 132.3 48 135C46.2 137.7 40.7 137.7 38 136C35.3 134.3 32.8 129.3 32 125C31.2 120.7 31.7 113.8 33 110C34.3 106.2 37.3 102.7 40 102C42.7 101.3 47.5 103 49 106C50.5 109 49.2 115.2 49 120Z"),
        new(BodyRegion.HipRotators, BodyView.Back,
            "M51.5 121C52.8 119.5 57.4 119.5 60 119.5C62.6 119.5 65.6 119.8 67 121C68.4 122.2 68.7 125.3 68.5 127C68.3 128.7 67.6 130.7 66 131C64.4 131.3 61.3 129.4 59 129C56.7 128.6 53.2 129.8 52 128.5C50.8 127.2 50.2 122.5 51.5 121ZM48 128.5C46.8 129.8 43.3 128.6 41 129C38.7 129.4 35.6 131.3 34 131C32.4 130.7 31.7 128.7 31.5 127C31.3 125.3 31.6 122.2 33 121C34.4 119.8 37.4 119.5 40 119.5C42.6 119.5 47.2 119.5 48.5 121C49.8 122.5 49.2 127.2 48 128.5Z"),
        new(BodyRegion.Adductors, BodyView.Front,
            "M51 124C51.8 119.5 54.7 120 55.5 123C56.3 126 56 135.5 55.8 142C55.6 148.5 55 156.7 54.5 162C54 167.3 53.1 176 52.5 174C51.9 172 51.2 158.3 51 150C50.8 141.7 50.2 128.5 51 124ZM49 150C48.8 158.3 48.1 172 47.5 174C46.9 176 46 167.3 45.5 162C45 156.7 44.4 148.5 44.2 142C44 135.5 43.7 126 44.5 123C45.3 120 48.2 119.5 49 124C49.8 128.5 49.2 141.7 49 150Z"),
        new(BodyRegion.Hamstrings, BodyView.Back,
            "M53.5 141C55 137.5 60.8 137.5 63 139C65.2 140.5 66.3 145.5 66.5 150C66.7 154.5 65.4 162.5 64 166C62.6 169.5 59.7 172 58 171C56.3 170 54.8 165 54 160C53.2 155 52 144.5 53.5 141ZM46 160C45.2 165 43.7 170 42 171C40.3 172 37.4 169.5 36 166C34.6 162.5 33.3 154.5 33.5 150C33.7 145.5 34.8 140.5 37 139C39.2 137.5 45 137.5 46.5 141C48 144.5 46.8 155 46 160Z"),
        new(BodyRegion.Calves, BodyView.Back,
            "M54 180C55.3 177.3 59.3 176.3 61 178C62.7 179.7 64 185.3 64 190C64 194.7 62.3 203 61 206C59.7 209 57.3 210 56 208C54.7 206 53.3 198.7 53 194C52.7 189.3 52.7 182.7 54 180ZM47 194C46.7 198.7 45.3 206 44 208C42.7 210 40.3 209 39 206C37.7 203 36 194.7 36 190C36 185.3 37.3 179.7 39 178C40.7 176.3 44.7 177.3 46 180C47.3 182.7 47.3 189.3 47 194Z"),
        new(BodyRegion.Shins, BodyView.Front,
            "M55 182C55.8 179.7 59.2 181 60 184C60.8 187 60.3 194.7 60 200C59.7 205.3 58.8 213.7 58 216C57.2 218.3 55.5 217 55 214C54.5 211 55 203.3 55 198C55 192.7 54.2 184.3 55 182ZM45 198C45 203.3 45.5 211 45 214C44.5 217 42.8 218.3 42 216C41.2 213.7 40.3 205.3 40 200C39.7 194.7 39.2 187 40 184C40.8 181 44.2 179.7 45 182C45.8 184.3 45 192.7 45 198Z"),
    ];

    // The same outline serves both views; the head is an ellipse above it.
    private const string Outline =
        "M55 31C57 32.2 54.8 36.3 57 38C59.2 39.7 65 39.5 68 41C71 42.5 73.5 43.5 75 47C76.5 50.5 76.3 55.8 77 62C77.7 68.2 78.3 77 79 84C79.7 91 80.3 98 81 104C81.7 110 82.8 116 83 120C83.2 124 82.8 126.5 82 128C81.2 129.5 79 130.2 78 129C77 127.8 76.8 125.5 76 121C75.2 116.5 73.8 108.8 73 102C72.2 95.2 71.8 87.3 71 80C70.2 72.7 68.8 59 68 58C67.2 57 66.7 68.3 66 74C65.3 79.7 63.5 86 64 92C64.5 98 68.2 102 69 110C69.8 118 69.8 129.7 69 140C68.2 150.3 64.8 163.7 64 172C63.2 180.3 64.7 182.3 64 190C63.3 197.7 60.3 211.3 60 218C59.7 224.7 63 227.8 62 230C61 232.2 55.5 232.8 54 231C52.5 229.2 53.2 225.8 53 219C52.8 212.2 53 197.8 53 190C53 182.2 53.2 180 53 172C52.8 164 52.5 150 52 142C51.5 134 50.7 124 50 124C49.3 124 48.5 134 48 142C47.5 150 47.2 164 47 172C46.8 180 47 182.2 47 190C47 197.8 47.2 212.2 47 219C46.8 225.8 47.5 229.2 46 231C44.5 232.8 39 232.2 38 230C37 227.8 40.3 224.7 40 218C39.7 211.3 36.7 197.7 36 190C35.3 182.3 36.8 180.3 36 172C35.2 163.7 31.8 150.3 31 140C30.2 129.7 30.2 118 31 110C31.8 102 35.5 98 36 92C36.5 86 34.7 79.7 34 74C33.3 68.3 32.8 57 32 58C31.2 59 29.8 72.7 29 80C28.2 87.3 27.8 95.2 27 102C26.2 108.8 24.8 116.5 24 121C23.2 125.5 23 127.8 22 129C21 130.2 18.8 129.5 18 128C17.2 126.5 16.8 124 17 120C17.2 116 18.3 110 19 104C19.7 98 20.3 91 21 84C21.7 77 22.3 68.2 23 62C23.7 55.8 23.5 50.5 25 47C26.5 43.5 29 42.5 32 41C35 39.5 40.8 39.7 43 38C45.2 36.3 43 32.2 45 31C47 29.8 53 29.8 55 31Z";

    /// <summary>
    /// Appends one view: the figure, its region shapes and the view's name. <paramref name="classOf"/>
    /// adds a state class per region ("worked", "shaded shade-2"), or nothing; full body's goes on the figure.
    /// </summary>
    public static void AppendView(StringBuilder svg, BodyView view, Func<BodyRegion, string> classOf)
    {
        var figure = Classes("figure region-full-body", classOf(BodyRegion.FullBody));
        svg.Append($"""<ellipse class="{figure}" cx="50" cy="19" rx="10" ry="12.5"/><path class="{figure}" d="{Outline}"/>""");
        foreach (var shape in Shapes.Where(s => s.View == view))
        {
            svg.Append($"""<path class="{Classes($"shape region-{Kebab.Of(shape.Region)}", classOf(shape.Region))}" d="{shape.Path}"/>""");
        }
        svg.Append($"""<text class="view-name" x="50" y="246">{view}</text>""");
    }

    private static string Classes(string always, string state) => state.Length == 0 ? always : $"{always} {state}";
}
