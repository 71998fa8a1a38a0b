using System.Net;
using System.Text.Json;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Tests.Api;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// The same change sent many times at once, as a busy gym or a double-clicking coach does. No answer
/// may be a 5xx, and the database must be consistent afterwards.
/// </summary>
public sealed class RaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Copies = 8;

    [Fact]
    public async Task The_same_editor_added_many_times_at_once_is_added_once()
    {
        var owner = await SignedInCoach.CreateAsync(app);
        var helperEmail = $"helper-{Guid.NewGuid():N}@example.com";
        var helperId = await app.CreateCoachAsync(helperEmail);
        var token = await owner.Client.TokenFromAsync(owner.LibraryUrl);

        var answers = await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => owner.Client.PostAsync($"{owner.LibraryUrl}?handler=AddEditor",
            new FormUrlEncodedContent([new("CoachEmail", helperEmail), new(Forms.TokenField, token)]))));

        AssertNoServerErrors(answers);
        Assert.Equal(1, await app.WithDbAsync(db => db.LibraryEditors.CountAsync(e => e.LibraryId == owner.Library.Id && e.UserId == helperId)));
    }

    [Fact]
    public async Task The_same_account_made_a_coach_many_times_at_once_gets_the_role_once()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await app.CreateUserAsync(runnerEmail);
        var token = await coach.Client.TokenFromAsync("/coach/team");

        var answers = await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => coach.Client.PostAsync("/coach/team",
            new FormUrlEncodedContent([new("Email", runnerEmail), new(Forms.TokenField, token)]))));

        AssertNoServerErrors(answers);
        var coachRole = await app.WithDbAsync(db => db.Roles.Where(r => r.Name == AccountsSetup.CoachRole).Select(r => r.Id).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == runnerId && r.RoleId == coachRole)));
    }

    [Fact]
    public async Task Archiving_while_publishes_land_answers_each_request_and_leaves_a_consistent_routine()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var url = $"{coach.LibraryUrl}/routines/{slug}";
        var form = (await coach.Client.GetDocumentAsync(url)).FieldsOf();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            coach.Client.PostAsync($"{url}?handler={(i % 2 == 0 ? "Archive" : "Publish")}", new FormUrlEncodedContent(form))));

        AssertNoServerErrors(answers);
        var (status, version, versions) = await app.WithDbAsync(async db =>
        {
            var routine = await db.Routines.Include(r => r.Versions).SingleAsync(r => r.Slug == slug);
            return (routine.Status, routine.Version, routine.Versions.Select(v => v.Version).Order().ToList());
        });
        Assert.Contains(status, new[] { ContentStatus.Archived, ContentStatus.Published });
        Assert.Equal(Enumerable.Range(1, version), versions);
    }

    [Fact]
    public async Task Two_tabs_flushing_their_first_logs_at_once_log_them_as_one_runner()
    {
        // The player page gives a browser its runner id; everything the tabs post after carries it.
        var browser = await app.RunnerClientAsync();
        await browser.GetAsync("/play/post-run-quick");
        var logs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SessionRequests.CompletedAsync(browser)));

        var answers = await Task.WhenAll(logs.Select(log => browser.PostSessionAsync(log)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = logs.Select(l => l["id"]!.GetValue<Guid>()).ToList();
        var runners = await app.WithDbAsync(db => db.SessionLogs.Where(l => ids.Contains(l.Id)).Select(l => l.DeviceId).Distinct().ToListAsync());
        Assert.Single(runners);
        Assert.NotNull(runners[0]);
    }

    [Fact]
    public async Task A_runners_own_pages_set_the_runner_cookie_before_any_post_and_library_pages_stay_cacheable()
    {
        var player = await app.NoRedirects().GetAsync("/play/post-run-quick");
        var history = await app.NoRedirects().GetAsync("/history");
        var library = await app.NoRedirects().GetAsync("/routines");

        Assert.Contains(player.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{RunnerIdentity.CookieName}=anon-", StringComparison.Ordinal));
        Assert.Contains(history.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{RunnerIdentity.CookieName}=anon-", StringComparison.Ordinal));
        Assert.False(library.Headers.Contains("Set-Cookie"));
    }

    private static void AssertNoServerErrors(HttpResponseMessage[] answers) =>
        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"A request got {(int)a.StatusCode}: {JsonSerializer.Serialize(answers.Select(x => (int)x.StatusCode))}"));
}
