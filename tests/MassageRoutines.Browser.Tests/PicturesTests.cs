using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Engine;
using MassageRoutines.Web;
using MassageRoutines.Web.Pictures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Browser.Tests;

/// <summary>Body maps and pictograms as a browser draws them under the site's stylesheet and CSP.</summary>
[Collection(BrowserCollection.Name)]
public class PicturesTests(BrowserFixture browser)
{
    private static readonly BodyRegion[] DrawnRegions = Enum.GetValues<BodyRegion>().Where(r => r != BodyRegion.FullBody).ToArray();

    [BrowserFact]
    public Task A_moves_page_shows_how_to_lie_and_what_it_works() => browser.WithPageAsync(async page =>
    {
        var refusals = CspRefusals(page);
        await page.GotoAsync("/moves/it-band-quads-roll");

        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Lying on your side, with a foam roller" })).ToBeVisibleAsync();
        var map = page.GetByRole(AriaRole.Img, new() { Name = "Body map of what this works: IT band, Quads" });
        await Expect(map).ToBeVisibleAsync();
        Assert.Equal("rgb(204, 121, 167)", await FillOfAsync(map.Locator(".shape.region-quads")));
        Assert.Equal("none", await FillOfAsync(map.Locator(".shape.region-calves")));
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(refusals);
    });

    [BrowserFact]
    public Task A_routines_page_shades_its_map_and_pictures_each_step() => browser.WithPageAsync(async page =>
    {
        var refusals = CspRefusals(page);
        await page.GotoAsync("/routines/post-run-full");
        var routine = new RoutinePage(page);

        var steps = await routine.Steps.GetByRole(AriaRole.Listitem).CountAsync();
        Assert.True(steps > 0);
        await Expect(routine.Steps.GetByRole(AriaRole.Img)).ToHaveCountAsync(steps);
        await Expect(routine.Steps.GetByRole(AriaRole.Img, new() { Name = "Seated, with your hands" })).ToBeVisibleAsync();
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Body map, shaded by time on each region: ") });
        await Expect(map).ToBeVisibleAsync();
        var darkest = await OpacityOfAsync(map.Locator(".shape.shade-4").First);
        var lightest = await OpacityOfAsync(map.Locator(".shape.shaded:not(.shade-4)").First);
        Assert.True(lightest < darkest, $"A shorter region is drawn at {lightest}, no lighter than the longest at {darkest}.");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(refusals);
    });

    [BrowserTheory]
    [InlineData(PictureSize.Normal, 44, 390)]
    [InlineData(PictureSize.Normal, 44, 1280)]
    [InlineData(PictureSize.Large, 64, 1280)]
    public Task The_tappable_map_has_big_separate_targets_over_their_shapes(PictureSize size, int smallest, int width) => browser.WithPageAsync(async page =>
    {
        var refusals = CspRefusals(page);
        await HostPickerAsync(page, size, [BodyRegion.Calves]);

        var targets = new List<(BodyRegion Region, LocatorBoundingBoxResult Box)>();
        foreach (var region in DrawnRegions)
        {
            var box = page.GetByRole(AriaRole.Checkbox, new() { Name = Labels.Of(region), Exact = true });
            await Expect(box).ToBeVisibleAsync();
            var target = (await page.Locator($"label.region-{Kebab.Of(region)}").BoundingBoxAsync())!;
            var shape = (await page.Locator($"svg .shape.region-{Kebab.Of(region)}").BoundingBoxAsync())!;
            Assert.True(target.Width >= smallest && target.Height >= smallest, $"{region}'s target is {target.Width}x{target.Height}.");
            var (x, y) = (target.X + target.Width / 2, target.Y + target.Height / 2);
            Assert.True(x >= shape.X && x <= shape.X + shape.Width && y >= shape.Y && y <= shape.Y + shape.Height, $"{region}'s label is not over its shape.");
            targets.Add((region, target));
        }
        foreach (var (a, b) in targets.SelectMany((a, i) => targets.Skip(i + 1).Select(b => (a, b))))
        {
            var overlap = Math.Min(a.Box.X + a.Box.Width, b.Box.X + b.Box.Width) > Math.Max(a.Box.X, b.Box.X)
                && Math.Min(a.Box.Y + a.Box.Height, b.Box.Y + b.Box.Height) > Math.Max(a.Box.Y, b.Box.Y);
            Assert.False(overlap, $"The targets for {a.Region} and {b.Region} overlap.");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The map is wider than the screen.");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Calves" })).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(refusals);
    }, new() { ViewportSize = new() { Width = width, Height = 900 } });

    [BrowserFact]
    public Task The_tappable_map_works_from_the_keyboard_and_by_tapping_with_no_javascript() => browser.WithPageAsync(async page =>
    {
        await HostPickerAsync(page, PictureSize.Normal, []);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Hips" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var itBand = page.GetByRole(AriaRole.Checkbox, new() { Name = "IT band" });
        await Expect(itBand).ToBeFocusedAsync();
        Assert.Equal("none", await FillOfAsync(page.Locator("svg .shape.region-it-band")));
        await page.Keyboard.PressAsync("Space");
        await Expect(itBand).ToBeCheckedAsync();
        Assert.Equal("rgb(0, 158, 115)", await FillOfAsync(page.Locator("svg .shape.region-it-band")));

        await page.GetByText("Glutes", new() { Exact = true }).TapAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Glutes" })).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/moves\?sore=it-band&sore=glutes$"));
    }, new() { JavaScriptEnabled = false, HasTouch = true });

    /// <summary>
    /// The map alone, at each size, whatever page hosts it: the test serves it at the app's own address
    /// from the browser's side, with the app's stylesheet, under the app's own Content-Security-Policy header.
    /// </summary>
    private async Task HostPickerAsync(IPage page, PictureSize size, BodyRegion[] isChecked)
    {
        var policy = (await page.APIRequest.GetAsync("/moves")).Headers["content-security-policy"];
        var picker = Render(new BodyMapPickerTagHelper(English) { Name = "sore", Legend = "Where is it sore?", Checked = isChecked, Size = size });
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Body map to tap</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>Body map to tap</h1><form action="/moves" method="get">{picker}<button>Send</button></form></main></body>
            </html>
            """;
        await page.RouteAsync("**/test/body-map-picker", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "text/html; charset=utf-8", Body = html,
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = policy },
        }));
        await page.GotoAsync("/test/body-map-picker");
    }

    /// <summary>The app's own words, as it sets them up, in English (the keys themselves).</summary>
    private static readonly IStringLocalizer<Words> English = new StringLocalizer<Words>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Languages" }), NullLoggerFactory.Instance));

    private static string Render(TagHelper helper)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("body-map-picker", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>What the browser refused under the Content-Security-Policy (inline styles, scripts), as it happens.</summary>
    private static List<string> CspRefusals(IPage page)
    {
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy"))
            {
                refusals.Add(message.Text);
            }
        };
        return refusals;
    }

    private static Task<string> FillOfAsync(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).fill");

    private static async Task<double> OpacityOfAsync(ILocator element) =>
        double.Parse(await element.EvaluateAsync<string>("e => getComputedStyle(e).fillOpacity"), System.Globalization.CultureInfo.InvariantCulture);
}
