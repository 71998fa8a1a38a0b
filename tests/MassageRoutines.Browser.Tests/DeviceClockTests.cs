using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// Phones whose clocks are wrong: the page's clock runs 40 minutes fast, or 3 hours slow. The runner
/// plays and saves as usual, and the log lands at the server's time.
/// </summary>
[Collection(BrowserCollection.Name)]
public class DeviceClockTests(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData(40)]
    [InlineData(-180)]
    public Task A_phone_whose_clock_is_off_saves_its_session_at_the_servers_time(int minutesOff) => browser.WithPageAsync(async page =>
    {
        var phoneNow = browser.App.Clock.GetUtcNow().UtcDateTime.AddMinutes(minutesOff);
        await page.Clock.InstallAsync(new() { TimeDate = phoneNow });
        await page.Clock.PauseAtAsync(phoneNow.AddSeconds(1));
        await page.GotoAsync("/play/midday-movement-break");
        var player = new PlayerPage(page);

        await player.StartAsync();
        await page.Clock.RunForAsync(300_000);
        await Expect(player.Done).ToBeVisibleAsync();
        await page.Clock.ResumeAsync();
        var savedAround = browser.App.Clock.GetUtcNow().UtcDateTime;
        await player.SaveAsync(discomfort: 2);
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved");

        // Played in fake time that ran five minutes ahead, so it ended a few minutes before the save, by the server's clock.
        var log = Assert.Single(await browser.SessionsOfAsync(page.Context));
        Assert.InRange(log.EndedAt, savedAround.AddMinutes(-6), savedAround.AddMinutes(1));
        Assert.InRange(log.StartedAt, savedAround.AddMinutes(-10), log.EndedAt);
    });
}
