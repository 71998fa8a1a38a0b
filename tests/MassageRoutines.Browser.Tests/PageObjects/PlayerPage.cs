namespace MassageRoutines.Browser.Tests.PageObjects;

/// <summary>The guided player at /play/{slug}, in each of its states.</summary>
public sealed class PlayerPage(IPage page) : SitePage(page)
{
    public static async Task<PlayerPage> OpenAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/play/{slug}");
        return new(page);
    }

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
    public ILocator Choice(string name) => Page.GetByRole(AriaRole.Radio, new() { Name = name });
    public ILocator Start => Button("Start");
    public ILocator Pause => Button("Pause");
    public ILocator Resume => Button("Resume");
    public ILocator Skip => Button("Skip");
    public ILocator Back => Button("Back");
    public ILocator StopForPain => Button("Stop for pain");
    public ILocator WarmedUp => Page.GetByRole(AriaRole.Button, new() { Name = "I've warmed up for 10 minutes" });
    public ILocator Voice => Button("Voice");
    public ILocator Vibration => Button("Vibration");
    /// <summary>The routine's own page, the way back that stays while it plays.</summary>
    public ILocator WayBack => Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link);
    public ILocator SiteNavigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
    public ILocator SiteFooter => Page.GetByRole(AriaRole.Contentinfo);
    public ILocator Pictures => Page.Locator("#now-pictures").GetByRole(AriaRole.Img);
    /// <summary>Each line on the player that tells what comes next.</summary>
    public ILocator NextLines => Page.Locator("#play p:visible").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\s*Next\b") });

    public ILocator Countdown => Page.GetByRole(AriaRole.Timer, new() { Name = "Time left in this step" });
    public ILocator MoveName => Page.Locator("#play").GetByRole(AriaRole.Heading, new() { Level = 2 });
    public ILocator Kind => Page.Locator("#segment-kind");
    public ILocator Side => Page.Locator("#side");
    public ILocator Cue => Page.Locator("#cue");
    public ILocator Next => Page.Locator("#next");
    public ILocator Announcer => Page.Locator("#announcer");

    public ILocator PainDialog => Page.GetByRole(AriaRole.Dialog, new() { Name = "Stopped for pain" });
    public ILocator Done => Page.GetByRole(AriaRole.Region, new() { Name = "Session complete" });
    public ILocator Ended => Page.GetByRole(AriaRole.Region, new() { Name = "Session ended" });
    public ILocator Discomfort => Page.GetByLabel("Discomfort");
    public ILocator Notes => Page.GetByLabel("Notes");
    public ILocator Save => Button("Save");
    public ILocator SaveStatus => Page.GetByRole(AriaRole.Status);

    public async Task StartAsync(string length = "As written", string? warmUp = null)
    {
        await Choice(length).CheckAsync();
        if (warmUp is not null)
        {
            await Choice(warmUp).CheckAsync();
        }
        await Start.ClickAsync();
        await Expect(Page.Locator("#play")).ToBeVisibleAsync();
    }

    public async Task StopForPainAsync(string symptom, string region, string choice)
    {
        await StopForPain.ClickAsync();
        await PainDialog.GetByRole(AriaRole.Radio, new() { Name = symptom }).CheckAsync();
        await PainDialog.GetByLabel("Where").SelectOptionAsync(new SelectOptionValue { Label = region });
        await PainDialog.GetByRole(AriaRole.Button, new() { Name = choice }).ClickAsync();
    }

    public async Task SaveAsync(int? discomfort = null, string[]? sore = null, string? notes = null)
    {
        if (discomfort is int value)
        {
            await Discomfort.FillAsync(value.ToString());
        }
        foreach (var region in sore ?? [])
        {
            await Page.GetByRole(AriaRole.Checkbox, new() { Name = region, Exact = true }).CheckAsync();
        }
        if (notes is not null)
        {
            await Notes.FillAsync(notes);
        }
        await Save.ClickAsync();
    }
}
