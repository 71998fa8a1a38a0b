namespace MassageRoutines.Browser.Tests;

/// <summary>Reading a QR code off the page as a camera would: a screenshot of it as drawn, decoded by ZXing.</summary>
internal static class QrCodes
{
    /// <summary>
    /// The text of the QR code the locator shows, or null when the picture holds none. Read from up to
    /// three screenshots: in one of six full test passes, one screenshot of a join link's code came out
    /// unreadable, while the same page read fine in the other five.
    /// </summary>
    public static async Task<string?> ReadAsync(ILocator code)
    {
        for (var attempt = 1; ; attempt++)
        {
            var text = await ReadOnceAsync(code);
            if (text is not null || attempt == 3)
            {
                return text;
            }
            await Task.Delay(200);
        }
    }

    private static async Task<string?> ReadOnceAsync(ILocator code)
    {
        var png = await code.ScreenshotAsync();
        // The browser decodes its own PNG; the page's CSP allows data: images.
        var pixels = await code.Page.EvaluateAsync<int[]>("""
            async base64 => {
              const image = new Image();
              image.src = 'data:image/png;base64,' + base64;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.naturalWidth;
              canvas.height = image.naturalHeight;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
              const grey = [canvas.width, canvas.height];
              for (let i = 0; i < rgba.length; i += 4) grey.push(Math.round((rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3));
              return grey;
            }
            """, Convert.ToBase64String(png));
        return QrReader.Read(pixels[2..].Select(p => (byte)p).ToArray(), pixels[0], pixels[1]);
    }
}
