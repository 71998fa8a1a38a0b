namespace MassageRoutines.Browser.Tests.PageObjects;

/// <summary>What every page has, found the way a screen reader user finds it: by role and name.</summary>
public abstract class SitePage(IPage page)
{
    public IPage Page => page;
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Link(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Main => page.GetByRole(AriaRole.Main);
}

public sealed class HomePage(IPage page) : SitePage(page)
{
    public ILocator QuickStarts => Page.GetByRole(AriaRole.Region, new() { Name = "Quick start" });
    public ILocator SafetyNote => Page.GetByRole(AriaRole.Region, new() { Name = "Listen to your body" });

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new(page);
    }
}

public sealed class RoutinesPage(IPage page) : SitePage(page)
{
    public ILocator When => Page.GetByLabel("When");
    public ILocator Tool => Page.GetByLabel("Tool");
    public ILocator Region => Page.GetByLabel("Body region");
    public ILocator Count => Page.GetByRole(AriaRole.Status);
    public ILocator RoutineLinks => Page.GetByRole(AriaRole.Heading, new() { Level = 2 }).GetByRole(AriaRole.Link);

    public static async Task<RoutinesPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync($"/routines{query}");
        return new(page);
    }

    public Task ShowAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Show routines" }).ClickAsync();
}

public sealed class RoutinePage(IPage page) : SitePage(page)
{
    public ILocator Start => Link("Start routine");
    public ILocator Steps => Page.GetByRole(AriaRole.Region, new() { Name = "Steps" });
    public ILocator WarmUp => Page.GetByRole(AriaRole.Region, new() { Name = "Warm up first" });
}

public sealed class MovePage(IPage page) : SitePage(page)
{
    public ILocator Instructions => Page.GetByRole(AriaRole.Region, new() { Name = "How to do it" });
    public ILocator Cautions => Page.GetByRole(AriaRole.Region, new() { Name = "Take care" });
}

/// <summary>The builder at /build: the form, and the routine it built.</summary>
public sealed class BuildPage(IPage page) : SitePage(page)
{
    public ILocator When(string choice) => Page.GetByRole(AriaRole.Group, new() { Name = "When" }).GetByRole(AriaRole.Radio, new() { Name = choice });
    public ILocator Minutes => Page.GetByLabel("Minutes");
    public ILocator Tool(string name) => Page.GetByRole(AriaRole.Group, new() { Name = "Tools I have" }).GetByRole(AriaRole.Checkbox, new() { Name = name });
    public ILocator Sore(string region) => Page.GetByRole(AriaRole.Group, new() { Name = "Sore spots" }).GetByRole(AriaRole.Checkbox, new() { Name = region, Exact = true });
    public ILocator RanHard => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Ran hard today" });
    public ILocator Build => Page.GetByRole(AriaRole.Button, new() { Name = "Build my routine" });
    public ILocator Routine => Page.GetByRole(AriaRole.Region, new() { Name = "Your post-run routine" });
    public ILocator Steps => Page.GetByRole(AriaRole.Region, new() { Name = "Steps" });
    public ILocator Whys => Steps.Locator(".why");
    public ILocator Start => Link("Start routine");
}
