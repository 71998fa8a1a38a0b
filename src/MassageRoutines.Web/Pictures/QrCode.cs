using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace MassageRoutines.Web.Pictures;

/// <summary>
/// An address as a QR code, so a tablet or phone can open it by camera. QRCoder finds the modules; we
/// draw them, as one SVG path with colours from the stylesheet, because the page's CSP allows no
/// inline style and a drawing of our own cannot grow one with a library update.
/// </summary>
public static class QrCode
{
    /// <param name="text">What the code holds: an absolute address.</param>
    /// <param name="label">What a screen reader says instead of the picture.</param>
    public static IHtmlContent Svg(string text, string label)
    {
        // Medium error correction: readable off a screen with some glare, and still a small code for an address.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix; // the quiet zone of 4 light modules each side is included
        var size = rows.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!rows[y][x])
                {
                    continue;
                }
                var start = x;
                while (x + 1 < size && rows[y][x + 1])
                {
                    x++;
                }
                // A run of dark modules on this row, as one rectangle.
                path.Append($"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }
        var name = HtmlEncoder.Default.Encode(label);
        return new HtmlString(
            $"""<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img" aria-label="{name}">""" +
            $"""<rect class="qr-light" width="{size}" height="{size}"/><path class="qr-dark" d="{path}"/></svg>""");
    }
}
