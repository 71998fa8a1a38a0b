using System.Net;
using System.Security.Claims;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Tests.Api;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Accounts;

/// <summary>A person's data: all of it to download, and all of it deleted with the account (or with an anonymous device's history).</summary>
public class PersonalDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Person(string UserId, string Email, HttpClient Client);

    /// <summary>A signed-in account with data in every table a runner's data can be in, and a coach whose group it is in.</summary>
    private async Task<Person> RunnerWithDataAsync(string? coachId = null, int sessions = 3)
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var userId = await app.CreateUserAsync(email);
        coachId ??= await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        await app.CreateGroupAsync(coachId, "Tuesday track", [new PlanItem { RoutineSlug = "post-run-quick", Timing = PlanTiming.Daily }], userId);
        await app.WithDbAsync(db =>
        {
            db.SessionLogs.AddRange(Enumerable.Range(0, sessions).Select(i =>
            {
                var log = RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddHours(-i - 1), discomfort: i % 10);
                log.AccountId = userId;
                return log;
            }));
            return db.SaveChangesAsync();
        });
        // The rest of Identity's tables about a user.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            await users.AddClaimAsync(user, new Claim("nickname", "Speedy"));
            await users.AddLoginAsync(user, new UserLoginInfo("club-sso", $"sso-{userId}", "Club"));
            await users.SetAuthenticationTokenAsync(user, "club-sso", "refresh", "a token");
        }
        return new(userId, email, await app.SignedInAsync(email));
    }

    private static Task<HttpResponseMessage> DeleteAccountAsync(Person person, string password = TestAccounts.Password) =>
        person.Client.PostFormAsync("/account/delete", [new("Password", password)]);

    [Fact]
    public async Task The_download_holds_the_account_its_sessions_and_groups_and_no_one_elses()
    {
        var person = await RunnerWithDataAsync(sessions: 2);
        var other = await RunnerWithDataAsync(sessions: 1);

        var response = await person.Client.GetAsync("/api/account/data");
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("massage-routines-data.json", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal(["account", "claims", "logins", "tokens", "sessions", "dayTotals", "regionTotals", "dayRuns", "reminders", "pushSubscriptions", "keptRoutines", "groups", "coaching", "libraries", "kiosks"],
            data.EnumerateObject().Select(p => p.Name));
        var account = data.GetProperty("account").EnumerateArray().Single();
        Assert.Equal((person.UserId, person.Email), (account.GetProperty("id").GetString(), account.GetProperty("email").GetString()));
        Assert.Equal(["Runner"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var sessions = data.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("completed", s.GetProperty("outcome").GetString()));
        Assert.Equal(["Tuesday track"], data.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        Assert.DoesNotContain(other.UserId, data.GetRawText());
        Assert.DoesNotContain(other.Email, data.GetRawText());
    }

    [Fact]
    public async Task The_download_holds_identitys_claims_logins_and_tokens_but_no_password_hash_stamp_or_token_value()
    {
        var person = await RunnerWithDataAsync(sessions: 1);
        var secrets = await app.WithDbAsync(async db => await db.Users.Where(u => u.Id == person.UserId)
            .Select(u => new[] { u.PasswordHash!, u.SecurityStamp!, u.ConcurrencyStamp! }).SingleAsync());

        var text = await person.Client.GetStringAsync("/api/account/data");
        var data = JsonDocument.Parse(text).RootElement;

        var claim = data.GetProperty("claims").EnumerateArray().Single();
        Assert.Equal(("nickname", "Speedy"), (claim.GetProperty("type").GetString(), claim.GetProperty("value").GetString()));
        var login = data.GetProperty("logins").EnumerateArray().Single();
        Assert.Equal(("club-sso", $"sso-{person.UserId}", "Club"),
            (login.GetProperty("loginProvider").GetString(), login.GetProperty("providerKey").GetString(), login.GetProperty("providerDisplayName").GetString()));
        var token = data.GetProperty("tokens").EnumerateArray().Single();
        Assert.Equal(("club-sso", "refresh"), (token.GetProperty("loginProvider").GetString(), token.GetProperty("name").GetString()));
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, text));
        Assert.DoesNotContain("a token", text);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_anonymous_runner_downloads_this_devices_sessions_reminders_and_push_subscriptions_and_no_one_elses()
    {
        var runner = await app.RunnerClientAsync();
        var someoneElse = await app.RunnerClientAsync();
        await runner.PostSessionAsync(await SessionRequests.CompletedAsync(runner));
        await someoneElse.PostSessionAsync(await SessionRequests.CompletedAsync(someoneElse));
        var runnerId = await app.WithDbAsync(db => db.SessionLogs.OrderByDescending(l => l.ReceivedAt).Skip(1).Select(l => l.DeviceId!).FirstAsync());
        var othersId = await app.WithDbAsync(db => db.SessionLogs.OrderByDescending(l => l.ReceivedAt).Select(l => l.DeviceId!).FirstAsync());
        await app.WithDbAsync(db =>
        {
            foreach (var (who, minutes) in new[] { (runnerId, 45), (othersId, 50) })
            {
                db.ReminderSettings.Add(new() { OwnerKind = OwnerKind.Device, OwnerId = who, Days = [DayOfWeek.Monday], From = new(9, 0), To = new(17, 0), IntervalMinutes = minutes, TimeZoneId = "UTC" });
                db.PushSubscriptions.Add(new() { OwnerKind = OwnerKind.Device, OwnerId = who, Endpoint = $"https://fcm.googleapis.com/fcm/send/{who}", P256dh = "x", Auth = "y" });
            }
            return db.SaveChangesAsync();
        });

        var link = (await runner.GetDocumentAsync("/history/delete")).QuerySelectorAll("main a").Single(a => a.TextContent == "download this device's data");
        var text = await runner.GetStringAsync(link.GetAttribute("href"));
        var data = JsonDocument.Parse(text).RootElement;

        Assert.Single(data.GetProperty("sessions").EnumerateArray());
        Assert.Equal(45, data.GetProperty("reminders").EnumerateArray().Single().GetProperty("intervalMinutes").GetInt32());
        Assert.Equal($"https://fcm.googleapis.com/fcm/send/{runnerId}", data.GetProperty("pushSubscriptions").EnumerateArray().Single().GetProperty("endpoint").GetString());
        Assert.DoesNotContain(othersId, text);
        // Nothing of an account: an anonymous runner has none, and no account's rows may be taken for it.
        Assert.DoesNotContain(data.EnumerateObject(), section => section.Name is "account" or "claims" or "groups" or "keptRoutines");
    }

    [Fact]
    public async Task A_coach_download_has_the_groups_libraries_and_kiosks_they_look_after()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await app.CreateCoachAsync(email);
        await app.CreateLibraryAsync(coachId, "Club moves", copyDefault: false);
        await app.CreateGroupAsync(coachId, "Tuesday track");
        await app.CreateKioskAsync();
        await app.WithDbAsync(db =>
        {
            db.Kiosks.Add(new KioskRecord { Name = "Front desk", Token = Guid.NewGuid().ToString("N"), LibraryId = db.Libraries.Single(l => l.Slug == Library.DefaultSlug).Id, CreatedBy = coachId });
            return db.SaveChangesAsync();
        });

        var data = JsonDocument.Parse(await (await app.SignedInAsync(email)).GetStringAsync("/api/account/data")).RootElement;

        Assert.Equal("Tuesday track", data.GetProperty("coaching")[0].GetProperty("group").GetString());
        Assert.True(data.GetProperty("coaching")[0].GetProperty("isOwner").GetBoolean());
        Assert.Equal("Club moves", data.GetProperty("libraries").EnumerateArray().Single().GetProperty("library").GetString());
        Assert.Equal("Front desk", data.GetProperty("kiosks").EnumerateArray().Single().GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_download_streams_every_session_however_many()
    {
        var person = await RunnerWithDataAsync(sessions: 3000);

        using var response = await person.Client.GetAsync("/api/account/data", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var data = (await JsonDocument.ParseAsync(body)).RootElement;

        // Written as it is read: no length is known up front.
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(3000, data.GetProperty("sessions").GetArrayLength());
        Assert.Equal(3000, data.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task Deleting_an_account_leaves_nothing_of_it_in_any_table_and_everyone_elses_data_as_it_was()
    {
        var coachId = await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        var person = await RunnerWithDataAsync(coachId);
        var other = await RunnerWithDataAsync(coachId);
        var before = await RemainingAsync(other.UserId, other.Email);
        // The search finds a runner's data wherever it is: Identity's tables, sessions, groups.
        Assert.Equal(["AspNetUserClaims.UserId: 1", "AspNetUserLogins.UserId: 1", "AspNetUserRoles.UserId: 1", "AspNetUserTokens.UserId: 1",
            "AspNetUsers.Email: 1", "AspNetUsers.Id: 1", "AspNetUsers.NormalizedEmail: 1", "AspNetUsers.NormalizedUserName: 1", "AspNetUsers.UserName: 1",
            "GroupMembers.UserId: 1", "SessionLogs.AccountId: 3"], before.Order(StringComparer.Ordinal));

        var response = await DeleteAccountAsync(person);
        var page = await response.ToDocumentAsync();

        Assert.Equal("Account deleted", page.Text("h1"));
        Assert.Equal("Sign in", page.Text(".account a"));
        Assert.Empty(await RemainingAsync(person.UserId, person.Email));
        Assert.Equal(before, await RemainingAsync(other.UserId, other.Email));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_auth=;"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.NoRedirects().GetAsync("/account")).StatusCode);
        var signIn = await (await app.CreateClient().PostFormAsync("/account/sign-in", [new("Form.Email", person.Email), new("Form.Password", TestAccounts.Password)])).ToDocumentAsync();
        Assert.Equal(["That email and password do not match an account."], signIn.Summary());
    }

    [Fact]
    public async Task A_coach_who_leaves_takes_the_groups_they_coached_alone_and_leaves_shared_ones_to_the_others()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await app.CreateCoachAsync(email);
        var partner = await app.CreateCoachAsync($"partner-{Guid.NewGuid():N}@example.com");
        var member = await RunnerWithDataAsync(partner);
        var alone = await app.CreateGroupAsync(coachId, "Alone", [new PlanItem { RoutineSlug = "post-run-quick", Timing = PlanTiming.Daily }], member.UserId);
        var shared = await app.CreateGroupAsync(partner, "Shared");
        var library = await app.CreateLibraryAsync(partner, $"Partner's {Guid.NewGuid():N}"[..20], copyDefault: false);
        await app.WithDbAsync(db =>
        {
            db.GroupCoaches.Add(new GroupCoach { GroupId = shared.Id, UserId = coachId });
            db.LibraryEditors.Add(new LibraryEditor { LibraryId = library.Id, UserId = coachId });
            db.Kiosks.Add(new KioskRecord { Name = "Old tablet", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = coachId, RevokedAt = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });
        var coach = new Person(coachId, email, await app.SignedInAsync(email));

        Assert.Equal("Account deleted", (await (await DeleteAccountAsync(coach)).ToDocumentAsync()).Text("h1"));

        Assert.Empty(await RemainingAsync(coach.UserId, coach.Email));
        Assert.False(await app.WithDbAsync(db => db.Groups.AnyAsync(g => g.Id == alone.Id)));
        Assert.False(await app.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.GroupId == alone.Id)));
        Assert.Equal([partner], await app.WithDbAsync(db => db.GroupCoaches.Where(c => c.GroupId == shared.Id).Select(c => c.UserId).ToListAsync()));
        Assert.Equal([partner], await app.WithDbAsync(db => db.LibraryEditors.Where(e => e.LibraryId == library.Id).Select(e => e.UserId).ToListAsync()));
        // The member keeps their account and sessions; only the group is gone.
        Assert.Equal(3, await app.WithDbAsync(db => db.SessionLogs.CountAsync(l => l.AccountId == member.UserId)));
    }

    [Fact]
    public async Task A_coach_with_an_active_kiosk_or_a_library_only_they_edit_is_told_what_to_hand_over_first_and_nothing_is_deleted()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await app.CreateCoachAsync(email);
        var library = await app.CreateLibraryAsync(coachId, $"Only mine {Guid.NewGuid():N}"[..20], copyDefault: false);
        await app.WithDbAsync(db =>
        {
            db.Kiosks.Add(new KioskRecord { Name = "Front desk", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = coachId });
            return db.SaveChangesAsync();
        });
        var coach = new Person(coachId, email, await app.SignedInAsync(email));
        var before = await RemainingAsync(coach.UserId, coach.Email);

        var page = await (await DeleteAccountAsync(coach)).ToDocumentAsync();

        Assert.Equal(["The kiosk Front desk is still active: revoke it on the Kiosks page first.",
            $"You are the only coach who can edit the library {library.Name}: add another coach to it first."], page.Summary());
        Assert.Equal(before, await RemainingAsync(coach.UserId, coach.Email));
    }

    [Fact]
    public async Task Deleting_needs_the_password_and_wrong_ones_lock_the_form_as_they_lock_signing_in()
    {
        var person = await RunnerWithDataAsync();
        var before = await RemainingAsync(person.UserId, person.Email);

        var empty = await (await DeleteAccountAsync(person, "")).ToDocumentAsync();
        var wrong = await (await DeleteAccountAsync(person, "not my password at all")).ToDocumentAsync();
        for (var i = 0; i < 4; i++)
        {
            await DeleteAccountAsync(person, $"still not it {i}");
        }
        var locked = await (await DeleteAccountAsync(person)).ToDocumentAsync();

        Assert.Equal("Enter your password to delete your account.", empty.FieldError("Password"));
        Assert.Equal("That is not your password.", wrong.FieldError("Password"));
        Assert.StartsWith("Too many wrong passwords", locked.FieldError("Password"));
        Assert.Equal(before, await RemainingAsync(person.UserId, person.Email));
    }

    [Fact]
    public async Task An_anonymous_runner_deletes_this_devices_history_and_its_cookie_and_no_one_elses()
    {
        var runner = await app.RunnerClientAsync();
        var someoneElse = await app.RunnerClientAsync();
        await runner.PostSessionAsync(await SessionRequests.CompletedAsync(runner));
        await runner.PostSessionAsync(await SessionRequests.CompletedAsync(runner, "pre-run-quick"));
        await someoneElse.PostSessionAsync(await SessionRequests.CompletedAsync(someoneElse));
        var runnerId = await app.WithDbAsync(db => db.SessionLogs.OrderByDescending(l => l.ReceivedAt).Skip(1).Select(l => l.DeviceId!).FirstAsync());
        var othersId = await app.WithDbAsync(db => db.SessionLogs.OrderByDescending(l => l.ReceivedAt).Select(l => l.DeviceId!).FirstAsync());
        Assert.NotEqual(runnerId, othersId);

        var confirm = await runner.GetDocumentAsync("/history/delete");
        var response = await runner.PostFormAsync("/history/delete", []);
        var done = await response.ToDocumentAsync();

        Assert.Contains("(2 sessions)", confirm.Text("main p"));
        Assert.StartsWith("This device's history is deleted", done.Text("[role=status]"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{RunnerIdentity.CookieName}=;"));
        Assert.Empty(await RemainingAsync(runnerId));
        Assert.Equal(1, await app.WithDbAsync(db => db.SessionLogs.CountAsync(l => l.DeviceId == othersId)));
    }

    [Fact]
    public async Task A_signed_in_runners_history_is_deleted_only_with_the_account()
    {
        var person = await RunnerWithDataAsync();

        var page = await (await person.Client.PostUnofferedAsync("/history/delete", [])).ToDocumentAsync();

        Assert.StartsWith("Your history belongs to your account.", page.Text("main p"));
        Assert.Equal(3, await app.WithDbAsync(db => db.SessionLogs.CountAsync(l => l.AccountId == person.UserId)));
    }

    /// <summary>
    /// Every text column of every table the app has (Identity's and any added later included) that holds
    /// one of these values, as "table.column: rows". Found from the model, so a new table is searched too.
    /// </summary>
    private Task<List<string>> RemainingAsync(params string[] values) => app.WithDbAsync(async db =>
    {
        var searched = values.Concat(values.Select(v => v.ToUpperInvariant())).Distinct().ToList();
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{entity.GetTableName()}\" WHERE " +
                    string.Join(" OR ", searched.Select((_, i) => $"\"{column}\" = @p{i}"));
                foreach (var (value, i) in searched.Select((v, i) => (v, i)))
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }
                var rows = Convert.ToInt32(await command.ExecuteScalarAsync());
                if (rows > 0)
                {
                    found.Add($"{entity.GetTableName()}.{column}: {rows}");
                }
            }
        }
        return found;
    });
}
