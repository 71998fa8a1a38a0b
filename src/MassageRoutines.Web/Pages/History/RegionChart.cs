using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MassageRoutines.Engine;
using MassageRoutines.Web.Pages.Shared;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.History;

/// <summary>
/// A stacked bar per week of massage minutes by region, drawn on the server as SVG. Colours come from
/// the stylesheet's region classes; the page's table carries the same numbers for screen readers.
/// </summary>
public static class RegionChart
{
    private const int Width = 640, Height = 260, Left = 44, Right = 8, Top = 12, Bottom = 36;

    public static IHtmlContent Svg(IReadOnlyList<RegionWeek> weeks, IStringLocalizer T)
    {
        var scaleMax = Math.Max(5, Math.Ceiling(weeks.Max(w => w.Minutes.Values.Sum()) / 5) * 5);
        double plotHeight = Height - Top - Bottom, band = (Width - Left - Right) / (double)weeks.Count, barWidth = band * 0.6;
        double Y(double minutes) => Top + plotHeight - minutes / scaleMax * plotHeight;

        var svg = new StringBuilder();
        svg.Append($"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="chart-title chart-desc" focusable="false">""");
        svg.Append($"""<title id="chart-title">{Encode(T["Minutes of massage per body region, week by week"])}</title>""");
        svg.Append($"""<desc id="chart-desc">{Encode(T["Stacked bars for the last {0} weeks; the table that follows lists every value.", weeks.Count])}</desc>""");
        foreach (var tick in new[] { 0, scaleMax / 2, scaleMax })
        {
            svg.Append($"""<line class="grid" x1="{Left}" x2="{Width - Right}" y1="{N(Y(tick))}" y2="{N(Y(tick))}"/>""");
            svg.Append($"""<text class="axis" x="{Left - 6}" y="{N(Y(tick) + 4)}" text-anchor="end">{Shown(tick)}</text>""");
        }
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = Left + i * band + (band - barWidth) / 2;
            var stacked = 0.0;
            foreach (var (region, minutes) in weeks[i].Minutes)
            {
                var label = Encode(T["{0}: {1} min", T[Labels.Of(region)], Shown(minutes)]);
                svg.Append($"""<rect class="region-{Kebab.Of(region)}" x="{N(x)}" y="{N(Y(stacked + minutes))}" width="{N(barWidth)}" height="{N(Y(stacked) - Y(stacked + minutes))}"><title>{label}</title></rect>""");
                stacked += minutes;
            }
            svg.Append($"""<text class="axis" x="{N(x + barWidth / 2)}" y="{Height - Bottom + 16}" text-anchor="middle">{Encode(WeekLabel(weeks[i], T))}</text>""");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The day the week starts, in the page's language: "7 Dec", "7 dic", "7. Dez.".</summary>
    public static string WeekLabel(RegionWeek week, IStringLocalizer T) => LocalDates.DayAndMonth(T, week.WeekStart);

    /// <summary>A number for the drawing's coordinates.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A number as the page's language writes it: "2.5", "2,5".</summary>
    public static string Shown(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
