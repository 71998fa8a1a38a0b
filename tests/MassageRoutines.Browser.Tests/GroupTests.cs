using System.Text.Json;
using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Browser.Tests;

/// <summary>Groups and plans from both sides, and a runner's own data: downloaded, and deleted.</summary>
[Collection(BrowserCollection.Name)]
public class GroupTests(BrowserFixture browser)
{
    /// <summary>Signs in on the sign-in page and waits for the header to name the account.</summary>
    internal static async Task SignInAsync(IPage page, string email)
    {
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, TestAccounts.Password);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_new_coach_with_no_library_plans_a_routine_published_on_the_site_and_the_member_sees_it()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateCoachAsync(coachEmail);
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateUserAsync(runnerEmail);
        var groupName = $"First group {Guid.NewGuid().ToString()[..4]}";

        await browser.WithPageAsync(coachPage => browser.WithPageAsync(async runnerPage =>
        {
            var coach = new CoachPages(coachPage);
            await SignInAsync(coachPage, coachEmail);
            await coachPage.GotoAsync("/coach/groups");
            await coach.Field("Group name").FillAsync(groupName);
            await coach.Button("Make group").ClickAsync();
            await Expect(coach.Heading).ToHaveTextAsync(groupName);
            await coachPage.GetByRole(AriaRole.Link, new() { Name = "Plan", Exact = true }).ClickAsync();

            await Expect(coachPage.GetByText("You have no routine to plan yet")).ToHaveCountAsync(0);
            var routine = coach.Field("Routine");
            await Expect(routine.Locator("optgroup[label='Published on the site'] option", new() { HasText = "5-minute pre-run (Pre-run)" })).ToHaveCountAsync(1);
            await routine.SelectOptionAsync(new SelectOptionValue { Label = "5-minute pre-run (Pre-run)" });
            await coachPage.GetByRole(AriaRole.Radio, new() { Name = "Every day" }).CheckAsync();
            await coach.Button("Add to plan").ClickAsync();
            await Expect(coach.Status).ToHaveTextAsync("Added 5-minute pre-run: every day.");
            await coachPage.AssertNoAxeViolationsAsync();

            await coachPage.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = groupName }).ClickAsync();
            var link = (await coachPage.GetByRole(AriaRole.Region, new() { Name = "Join link" }).Locator("code").TextContentAsync())!;
            await runnerPage.GotoAsync(link);
            await (new SignInPage(runnerPage)).SignInAsync(runnerEmail, TestAccounts.Password);
            await runnerPage.GetByRole(AriaRole.Button, new() { Name = $"Join {groupName}" }).ClickAsync();
            var today = runnerPage.Locator(".plan-days > li[aria-current=date]");
            await Expect(today).ToContainTextAsync("Every day: 5-minute pre-run");
            await today.GetByRole(AriaRole.Link, new() { Name = "5-minute pre-run" }).ClickAsync();
            await Expect(runnerPage).ToHaveURLAsync(new Regex("/play/pre-run-quick$"));
        }));
    }

    [BrowserFact]
    public async Task A_coach_plans_a_group_a_runner_joins_plays_the_plan_and_leaves_and_the_coach_sees_it_all_and_then_nothing()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await browser.App.CreateCoachAsync(coachEmail);
        var library = await browser.App.CreateLibraryAsync(coachId, $"Track club {Guid.NewGuid().ToString()[..4]}");
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await browser.App.CreateUserAsync(runnerEmail);
        var groupName = $"Tuesday track {Guid.NewGuid().ToString()[..4]}";

        await browser.WithPageAsync(coachPage => browser.WithPageAsync(async runnerPage =>
        {
            var coach = new CoachPages(coachPage);
            await SignInAsync(coachPage, coachEmail);

            // A routine of the coach's library, published.
            await coachPage.GotoAsync($"/coach/libraries/{library.Slug}");
            await coachPage.GetByRole(AriaRole.Link, new() { Name = "5-minute post-run" }).ClickAsync();
            await coach.Field("Name").FillAsync("Track cool-down");
            await coach.Button("Publish").ClickAsync();
            await Expect(coach.Status).ToContainTextAsync("Published version 1 of Track cool-down");

            // The group, its join link and code.
            await coachPage.GotoAsync("/coach");
            await coachPage.GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
            await coach.Field("Group name").FillAsync(groupName);
            await coach.Button("Make group").ClickAsync();
            await Expect(coach.Heading).ToHaveTextAsync(groupName);
            var joinRegion = coachPage.GetByRole(AriaRole.Region, new() { Name = "Join link" });
            var joinLink = (await joinRegion.Locator("code").TextContentAsync())!;
            Assert.Matches($"^{Regex.Escape(browser.BaseAddress)}/groups/join/[A-Za-z0-9_-]{{32}}$", joinLink);
            var code = joinRegion.GetByRole(AriaRole.Img, new() { Name = $"QR code of the join link of {groupName}" });
            await Expect(code).ToBeVisibleAsync();
            Assert.Equal(joinLink, await QrCodes.ReadAsync(code));
            await coachPage.AssertNoAxeViolationsAsync();

            // The plan: the cool-down after every run... every day.
            await coachPage.GetByRole(AriaRole.Link, new() { Name = "Plan", Exact = true }).ClickAsync();
            await coach.Field("Routine").SelectOptionAsync(new SelectOptionValue { Label = "Track cool-down (Post-run)" });
            await coachPage.GetByRole(AriaRole.Radio, new() { Name = "Every day" }).CheckAsync();
            await coach.Button("Add to plan").ClickAsync();
            await Expect(coach.Status).ToHaveTextAsync("Added Track cool-down: every day.");
            await Expect(coachPage.GetByRole(AriaRole.Region, new() { Name = "The week's plan" }).GetByRole(AriaRole.Listitem))
                .ToHaveTextAsync(["Track cool-down · Every day Remove"]);
            await coachPage.AssertNoAxeViolationsAsync();

            // The runner opens the link signed out, signs in, and sees what the coach will see before joining.
            await runnerPage.GotoAsync(joinLink);
            await (new SignInPage(runnerPage)).SignInAsync(runnerEmail, TestAccounts.Password);
            await Expect(runnerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Join {groupName}");
            var seen = runnerPage.GetByRole(AriaRole.Region, new() { Name = "What your coaches will see" });
            await Expect(seen.GetByRole(AriaRole.Article, new() { Name = runnerEmail })).ToBeVisibleAsync();
            await Expect(seen.GetByRole(AriaRole.Row, new() { Name = "Planned sessions (plan: 7 a week)" })).ToContainTextAsync("0 of 7");
            await runnerPage.AssertNoAxeViolationsAsync();
            await runnerPage.GetByRole(AriaRole.Button, new() { Name = $"Join {groupName}" }).ClickAsync();
            await Expect(runnerPage.GetByRole(AriaRole.Status)).ToHaveTextAsync($"You joined {groupName}.");

            // The week's plan, and "From your coach" on the home page.
            var today = runnerPage.Locator(".plan-days > li[aria-current=date]");
            await Expect(runnerPage.Locator(".plan-days > li")).ToHaveCountAsync(7);
            await Expect(today).ToContainTextAsync("Every day: Track cool-down");
            await runnerPage.AssertNoAxeViolationsAsync();
            await runnerPage.GotoAsync("/");
            var fromCoach = runnerPage.GetByRole(AriaRole.Region, new() { Name = "From your coach" });
            await Expect(fromCoach).ToContainTextAsync($"{groupName}, today");
            await runnerPage.AssertNoAxeViolationsAsync();
            var planned = await fromCoach.GetByRole(AriaRole.Link, new() { Name = "Track cool-down" }).GetAttributeAsync("href");

            // A planned routine plays and is saved like any other.
            await runnerPage.GotoPausedAsync(planned!, browser.App.Clock);
            var player = new PlayerPage(runnerPage);
            await player.StartAsync();
            await runnerPage.Clock.RunForAsync(400_000);
            await Expect(player.Done).ToBeVisibleAsync();
            await runnerPage.Clock.ResumeAsync();
            await player.SaveAsync(discomfort: 6);
            await Expect(player.SaveStatus).ToHaveTextAsync("Saved");
            await runnerPage.GotoAsync("/plan");
            await Expect(today).ToContainTextAsync("Every day: Track cool-down · 5:05 · done");

            // The coach sees it.
            await coachPage.GetByRole(AriaRole.Link, new() { Name = groupName }).ClickAsync();
            await coachPage.GetByRole(AriaRole.Link, new() { Name = "Adherence" }).ClickAsync();
            var member = coachPage.GetByRole(AriaRole.Article, new() { Name = runnerEmail });
            await Expect(member.GetByRole(AriaRole.Row, new() { Name = "Planned sessions (plan: 7 a week)" }).GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("1 of 7");
            await Expect(member.GetByRole(AriaRole.Row, new() { Name = "Average discomfort (0–10)" }).GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("6.0");
            await coachPage.AssertNoAxeViolationsAsync();

            // The runner leaves; the coach sees nothing of them.
            await runnerPage.GetByRole(AriaRole.Button, new() { Name = $"Leave {groupName}" }).ClickAsync();
            await Expect(runnerPage.GetByRole(AriaRole.Status)).ToHaveTextAsync($"You left {groupName}. Its coaches no longer see any of your data.");
            await coachPage.ReloadAsync();
            await Expect(coachPage.GetByRole(AriaRole.Region, new() { Name = "Members" })).ToHaveTextAsync(new Regex("No one has joined yet"));
            await Expect(coachPage.GetByText(runnerEmail)).ToHaveCountAsync(0);
            await coachPage.GetByRole(AriaRole.Link, new() { Name = groupName }).ClickAsync();
            await Expect(coachPage.GetByText(runnerEmail)).ToHaveCountAsync(0);
        }));

        Assert.False(await browser.App.WithDbAsync(db => db.GroupMembers.AnyAsync(m => m.UserId == runnerId)));
    }

    [BrowserFact]
    public Task A_kiosks_address_shows_as_a_code_a_camera_reads() => browser.WithPageAsync(async page =>
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateCoachAsync(email);
        await SignInAsync(page, email);
        await page.GotoAsync("/coach/kiosks");
        var coach = new CoachPages(page);
        await coach.Field("Name").FillAsync("Treadmill TV");
        await coach.Button("Add kiosk").ClickAsync();

        var kiosk = page.GetByRole(AriaRole.Article, new() { Name = "Treadmill TV" });
        var address = await kiosk.Locator("code").TextContentAsync();
        Assert.StartsWith($"{browser.BaseAddress}/kiosk/", address);
        Assert.Equal(address, await QrCodes.ReadAsync(kiosk.GetByRole(AriaRole.Img, new() { Name = "QR code of the address of Treadmill TV" })));
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task A_coach_removes_a_member_by_the_button_that_names_them() => browser.WithPageAsync(async page =>
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await browser.App.CreateCoachAsync(coachEmail);
        var stays = $"stays-{Guid.NewGuid():N}@example.com";
        var goes = $"goes-{Guid.NewGuid():N}@example.com";
        var group = await browser.App.CreateGroupAsync(coachId, $"Thursday hills {Guid.NewGuid().ToString()[..4]}", null,
            await browser.App.CreateUserAsync(stays), await browser.App.CreateUserAsync(goes));
        await SignInAsync(page, coachEmail);
        await page.GotoAsync($"/coach/groups/{group.Id}");
        var members = page.GetByRole(AriaRole.Region, new() { Name = "Members" });
        await Expect(members.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await page.AssertNoAxeViolationsAsync();

        await members.GetByRole(AriaRole.Button, new() { Name = $"Remove {goes} from the group", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Removed {goes} from {group.Name}.");
        await Expect(members.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(members.GetByRole(AriaRole.Listitem)).ToContainTextAsync(stays);
        await Expect(members.GetByRole(AriaRole.Button, new() { Name = $"Remove {stays} from the group", Exact = true })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task A_runner_downloads_their_data_and_deletes_their_account() => browser.WithPageAsync(async page =>
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var userId = await browser.App.CreateUserAsync(email);
        await SignInAsync(page, email);
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download your data" }).ClickAsync());
        var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
        Assert.Equal("massage-routines-data.json", download.SuggestedFilename);
        Assert.Equal(email, data.GetProperty("account")[0].GetProperty("email").GetString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Your password").FillAsync("not my password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That is not your password.");
        await page.GetByLabel("Your password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account deleted");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        Assert.False(await browser.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == userId)));
    });
}
