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
