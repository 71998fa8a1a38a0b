using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace MassageRoutines.Testing;

/// <summary>
/// Reads QR codes with ZXing, a decoder that has nothing to do with the library that made them, as a
/// phone's camera app would.
/// </summary>
public static partial class QrReader
{
    /// <summary>The text of the code in an image of grey pixels (one byte each, row by row), or null when none is found.</summary>
    public static string? Read(byte[] grey, int width, int height) => Read(grey, width, height, pure: false);

    /// <param name="pure">
    /// Whether the image is the code alone, square to the pixels: then ZXing reads the modules straight
    /// off the grid. Without the hint, its finder-pattern search, made for photos, missed 14 of 2,000
    /// perfect renders of random join links (so a test failed about once in 140 runs); with it, none.
    /// </param>
    private static string? Read(byte[] grey, int width, int height, bool pure)
    {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        if (pure)
        {
            hints[DecodeHintType.PURE_BARCODE] = true;
        }
        return new QRCodeReader().decode(bitmap, hints)?.Text;
    }

    /// <summary>The text of a code drawn as the app draws it: an SVG of <paramref name="modules"/> squares, dark runs in one path.</summary>
    public static string? ReadSvgPath(string path, int modules)
    {
        const int Scale = 4;
        var size = modules * Scale;
        var grey = Enumerable.Repeat((byte)255, size * size).ToArray();
        foreach (Match run in Run().Matches(path))
        {
            var (x, y, width) = (int.Parse(run.Groups[1].Value), int.Parse(run.Groups[2].Value), int.Parse(run.Groups[3].Value));
            for (var row = y * Scale; row < (y + 1) * Scale; row++)
            {
                Array.Fill(grey, (byte)0, row * size + x * Scale, width * Scale);
            }
        }
        return Read(grey, size, size, pure: true);
    }

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\d+z")]
    private static partial Regex Run();
}
