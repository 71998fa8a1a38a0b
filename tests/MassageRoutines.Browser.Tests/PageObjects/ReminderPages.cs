namespace MassageRoutines.Browser.Tests.PageObjects;

public sealed class ReminderSettingsPage(IPage page) : SitePage(page)
{
    public static async Task<ReminderSettingsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/account/reminders");
        return new(page);
    }

    public ILocator Day(string name) => Page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });
    public ILocator From => Page.GetByLabel("From", new() { Exact = true });
    public ILocator Until => Page.GetByLabel("Until", new() { Exact = true });
    public ILocator Interval => Page.GetByLabel("Minutes between breaks");
    public ILocator TimeZone => Page.GetByLabel("Time zone");
    public ILocator Save => Page.GetByRole(AriaRole.Button, new() { Name = "Save reminders" });
    public ILocator Notice => Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved" });
}

/// <summary>The reminder that pops up on runner pages when a movement break is due.</summary>
public sealed class BreakReminder(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Time for a movement break" });
    public ILocator Start => Dialog.GetByRole(AriaRole.Link, new() { Name = "Start" });
    public ILocator Later => Dialog.GetByRole(AriaRole.Button, new() { Name = "Later" });
}

public sealed class TodaySection(IPage page)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = "Today", Exact = true });
    public ILocator NextBreak => Region.Locator("time");
}
