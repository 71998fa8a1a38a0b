namespace MassageRoutines.Browser.Tests;

/// <summary>
/// The site's layouts hold in its longest language: in German, on the phone sizes of
/// <see cref="PlayerLayoutTests"/>, the runner's main pages and the kiosk's home neither scroll sideways nor
/// push a control out of the screen's width, and every control is a target at least 24 by 24 CSS px or
/// spaced as if it were (WCAG 2.2, 2.5.8 target size minimum).
/// </summary>
/// <remarks>
/// Run in the SQLite pass only: layout does not depend on the database.
/// </remarks>
[Collection(BrowserCollection.Name)]
[Trait("Database", "Sqlite")]
public class LayoutInGermanTests(BrowserFixture browser)
{
    private const int SmallestTarget = 24;

    private static readonly string[] RunnerPages =
    [
        "/", "/routines", "/routines/pre-run-full", "/build", "/history", "/account/sign-in", "/account/register",
    ];

    private static readonly AriaRole[] ControlRoles =
    [
        AriaRole.Button, AriaRole.Link, AriaRole.Textbox, AriaRole.Searchbox, AriaRole.Spinbutton, AriaRole.Combobox,
        AriaRole.Checkbox, AriaRole.Radio, AriaRole.Switch, AriaRole.Slider,
    ];

    /// <summary>
    /// Each visible control's box. A checkbox or radio button is measured with its label around it, which takes
    /// the same tap; a link inside a sentence is marked, being exempt from the size.
    /// </summary>
    private const string Boxes = """
        controls => controls.filter(control => control.checkVisibility()).map(control => {
          const inSentence = getComputedStyle(control).display === 'inline'
            && [...control.parentElement.childNodes].some(node => node !== control && node.nodeType === Node.TEXT_NODE && node.textContent.trim());
          const target = ['checkbox', 'radio'].includes(control.type) ? control.closest('label') ?? control : control;
          const box = target.getBoundingClientRect();
          const name = control.getAttribute('aria-label') || control.textContent.trim() || control.labels?.[0]?.textContent.trim() || control.name;
          return { Name: `${control.tagName.toLowerCase()} "${name.replace(/\s+/g, ' ')}"`, X: box.left, Y: box.top, Width: box.width, Height: box.height, InSentence: inSentence };
        })
        """;

    private sealed class Box
    {
        public string Name { get; set; } = "";
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public bool InSentence { get; set; }

        public bool Undersized => Width < SmallestTarget || Height < SmallestTarget;
        public double CenterX => X + Width / 2;
        public double CenterY => Y + Height / 2;

        /// <summary>How far a point is from this box, 0 inside it.</summary>
        public double DistanceFrom(double x, double y) =>
            Math.Sqrt(Math.Pow(Math.Max(Math.Max(X - x, 0), x - X - Width), 2) + Math.Pow(Math.Max(Math.Max(Y - y, 0), y - Y - Height), 2));
    }

    /// <summary>
    /// WCAG 2.5.8's spacing exception: a 24 px circle on the undersized target's centre meets no other target,
    /// nor the circle of another undersized one.
    /// </summary>
    private static bool Spaced(Box small, IEnumerable<Box> all) => all.Where(other => other != small).All(other => other.Undersized
        ? Math.Sqrt(Math.Pow(other.CenterX - small.CenterX, 2) + Math.Pow(other.CenterY - small.CenterY, 2)) >= SmallestTarget
        : other.DistanceFrom(small.CenterX, small.CenterY) >= SmallestTarget / 2.0);

    [BrowserTheory]
    [InlineData(360, 640)]
    [InlineData(640, 360)]
    [InlineData(390, 844)]
    public async Task In_German_each_page_fits_the_phone_and_every_control_is_big_enough(int width, int height)
    {
        var (_, kiosk) = await browser.App.CreateKioskAsync(language: "de");
        string[] urls = [.. RunnerPages, $"/kiosk/{kiosk}"];
        var problems = new List<string>();
        await browser.WithPageAsync(async page =>
        {
            foreach (var url in urls)
            {
                await page.GotoAsync(url);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
                var where = url.StartsWith("/kiosk/", StringComparison.Ordinal) ? "/kiosk" : url;
                problems.AddRange((await ProblemsAsync(page)).Select(problem => $"{where}: {problem}"));
            }
        }, new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = true, HasTouch = true, Locale = "de-DE" });

        Assert.True(problems.Count == 0, $"At {width}x{height} in German:\n{string.Join("\n", problems)}");
    }

    private static async Task<List<string>> ProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        // The phone's width, not innerWidth: on a phone a page wider than the screen widens the layout viewport,
        // and innerWidth with it.
        var screenWidth = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        if (scrollWidth > screenWidth)
        {
            problems.Add($"the page is {scrollWidth} px wide, wider than the screen's {screenWidth}");
        }
        var controls = ControlRoles.Select(role => page.GetByRole(role)).Aggregate((all, some) => all.Or(some));
        var boxes = await controls.EvaluateAllAsync<Box[]>(Boxes);
        foreach (var box in boxes)
        {
            if (box.X < -0.5 || box.X + box.Width > screenWidth + 0.5)
            {
                problems.Add($"{box.Name} runs from {box.X:0} to {box.X + box.Width:0} px, outside the screen's width");
            }
            if (box.Undersized && !box.InSentence && !Spaced(box, boxes))
            {
                problems.Add($"{box.Name} is {box.Width:0}x{box.Height:0}, smaller than {SmallestTarget}x{SmallestTarget} and too close to another control");
            }
        }
        return problems;
    }
}
