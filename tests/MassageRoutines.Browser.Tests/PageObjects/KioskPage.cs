namespace MassageRoutines.Browser.Tests.PageObjects;

/// <summary>The kiosk at /kiosk/{token}: attract tiles, the player, the end screen and the idle check.</summary>
public sealed class KioskPage(IPage page) : SitePage(page)
{
    public ILocator Tile(string routine) => Page.GetByRole(AriaRole.Button, new() { Name = routine });
    public ILocator Attract => Page.GetByRole(AriaRole.Region, new() { Name = "Self-massage for runners" });
    public ILocator FullScreen => Page.GetByRole(AriaRole.Button, new() { Name = "Full screen" });
    public ILocator Countdown => Page.GetByRole(AriaRole.Timer);
    public ILocator StopForPain => Page.GetByRole(AriaRole.Button, new() { Name = "Stop for pain" });
    public ILocator Pause => Page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true });
    public ILocator Skip => Page.GetByRole(AriaRole.Button, new() { Name = "Skip", Exact = true });
    public ILocator Back => Page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true });
    public ILocator MoveName => Page.Locator("#play").GetByRole(AriaRole.Heading, new() { Level = 2 });
    public ILocator Side => Page.Locator("#side");
    public ILocator EndScreen => Page.GetByRole(AriaRole.Region, new() { Name = "Well done" });
    public ILocator Feel(int value) => Page.GetByRole(AriaRole.Group, new() { Name = "How did it feel?" }).GetByRole(AriaRole.Button, new() { Name = value.ToString(), Exact = true });
    public ILocator Done => Page.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true });
    public ILocator StillThere => Page.GetByRole(AriaRole.Dialog, new() { Name = "Still there?" });
    public ILocator Banner => Page.Locator("#offline");
    public ILocator WhatsSore => Page.GetByRole(AriaRole.Region, new() { Name = "What's sore?" });
    public ILocator Sore(string region) => WhatsSore.GetByRole(AriaRole.Checkbox, new() { Name = region, Exact = true });
    public ILocator SoreLabel(string region) => WhatsSore.Locator("label.pick").Filter(new() { HasText = region });
    public ILocator Pictures => Page.Locator("#now-pictures");

    /// <summary>What is left of the last person in this browser's storage, besides the outbox.</summary>
    public Task<int> StoredItemsAsync() => Page.EvaluateAsync<int>("() => sessionStorage.length + localStorage.length");

    /// <summary>Whether the page fits the screen without scrolling either way.</summary>
    public Task<bool> FitsAsync() => Page.EvaluateAsync<bool>(
        "() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth");

    /// <summary>Every visible control smaller than 64 by 64 CSS pixels, described.</summary>
    public Task<string[]> SmallTargetsAsync() => Page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('button, a, select, input:not([type=radio]):not([type=checkbox]), label.choice, label.pick')]
          .filter(e => e.checkVisibility())
          .map(e => [e, e.getBoundingClientRect()])
          .filter(([, r]) => r.width < 64 || r.height < 64)
          .map(([e, r]) => `${e.tagName} "${e.textContent.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`)
        """);
}
