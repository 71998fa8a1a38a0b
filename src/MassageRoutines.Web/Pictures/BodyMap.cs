using System.Text;
using System.Text.Encodings.Web;
using MassageRoutines.Engine;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pictures;

/// <summary>
/// The body, front and back, as one inline SVG with the regions that matter coloured in. Each map is
/// complete in itself (no shared definitions), so a page may hold several; colours come from the
/// stylesheet's <c>region-{kebab}</c> classes, and the label lists the regions for screen readers.
/// </summary>
public static class BodyMap
{
    private const int Gap = 10;

    /// <summary>A move's map: the regions it works in their colours; full body colours the whole figure.</summary>
    public static IHtmlContent Worked(IReadOnlyCollection<BodyRegion> regions, PictureSize size, IStringLocalizer<Words> words) =>
        Svg(size, words["Body map of what this works: {0}", string.Join(", ", regions.Select(r => words[Labels.Of(r)].Value))],
            region => regions.Contains(region) ? "worked" : "", words);

    /// <summary>A routine's map: each region it works, shaded by its time (see <see cref="Shades"/>).</summary>
    public static IHtmlContent Shaded(IReadOnlyDictionary<BodyRegion, int> secondsByRegion, PictureSize size, IStringLocalizer<Words> words)
    {
        var shades = Shades(secondsByRegion);
        return Svg(size,
            words["Body map, shaded by time on each region: {0}",
                string.Join(", ", secondsByRegion.Select(r => $"{words[Labels.Of(r.Key)]} {Labels.Duration(r.Value)}"))],
            region => shades.TryGetValue(region, out var shade) ? $"shaded shade-{shade}" : "", words);
    }

    /// <summary>Each region's shade, 1 to 4, in quarters of the longest time: 4 for the region worked longest.</summary>
    public static IReadOnlyDictionary<BodyRegion, int> Shades(IReadOnlyDictionary<BodyRegion, int> secondsByRegion)
    {
        var most = Math.Max(1, secondsByRegion.Values.DefaultIfEmpty(0).Max());
        return secondsByRegion.ToDictionary(r => r.Key, r => Math.Clamp((int)Math.Ceiling(4.0 * r.Value / most), 1, 4));
    }

    private static HtmlString Svg(PictureSize size, string label, Func<BodyRegion, string> classOf, IStringLocalizer<Words> words)
    {
        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" class="body-map picture-{Kebab.Of(size)}" viewBox="0 0 {2 * BodyFigure.ViewWidth + Gap} {BodyFigure.ViewHeight}" role="img" aria-label="{HtmlEncoder.Default.Encode(label)}">""");
        svg.Append("<g>");
        BodyFigure.AppendView(svg, BodyView.Front, classOf, words);
        svg.Append($"""</g><g transform="translate({BodyFigure.ViewWidth + Gap} 0)">""");
        BodyFigure.AppendView(svg, BodyView.Back, classOf, words);
        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }
}
