using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Tests.Api;

namespace MassageRoutines.Web.Tests.Reminders;

/// <summary>GET /api/today and "Later". 2 March 2026 is a Monday; London is on UTC then, like the site's zone in tests.</summary>
public class TodayApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private async Task<HttpClient> RunnerWithRemindersAsync()
    {
        var client = await app.RunnerClientAsync();
        var response = await client.PostFormAsync("/account/reminders",
        [
            .. new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new KeyValuePair<string, string>("Form.Days", d)),
            new("Form.From", "09:00"), new("Form.To", "17:00"), new("Form.IntervalMinutes", "30"), new("Form.TimeZoneId", "Europe/London"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<JsonElement> TodayAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/api/today");

    private static DateTime? NextBreak(JsonElement today) =>
        today.GetProperty("nextBreak").ValueKind == JsonValueKind.Null ? null : today.GetProperty("nextBreak").GetDateTime();

    [Fact]
    public async Task A_runner_without_reminders_sees_their_bouts_and_no_break()
    {
        app.Clock.Pin(Monday.AddHours(10));
        var today = await TodayAsync(app.CreateClient());

        Assert.Equal(0, today.GetProperty("bouts").GetInt32());
        Assert.Equal(2, today.GetProperty("boutsGoal").GetInt32());
        Assert.False(today.GetProperty("remindersOn").GetBoolean());
        Assert.Null(NextBreak(today));
        Assert.Equal("/play/midday-movement-break", today.GetProperty("breakRoutine").GetString());
    }

    [Fact]
    public async Task The_next_break_follows_the_schedule_and_a_logged_session_restarts_the_interval()
    {
        app.Clock.Pin(Monday.AddHours(10).AddMinutes(10));
        var client = await RunnerWithRemindersAsync();

        var today = await TodayAsync(client);
        Assert.True(today.GetProperty("remindersOn").GetBoolean());
        Assert.Equal(Monday.AddHours(10).AddMinutes(30).UtcDateTime, NextBreak(today));
        Assert.Equal(20 * 60, today.GetProperty("nextBreakInSeconds").GetDouble());

        // Yesterday's session is not today's; the one that ended at 10:05 is, and the count starts again from it.
        Assert.Equal(HttpStatusCode.Created, (await client.PostSessionAsync(await SessionRequests.CompletedAsync(client, endedAt: Monday.AddHours(-3)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostSessionAsync(await SessionRequests.CompletedAsync(client, endedAt: Monday.AddHours(10).AddMinutes(5)))).StatusCode);

        today = await TodayAsync(client);
        Assert.Equal(1, today.GetProperty("bouts").GetInt32());
        Assert.Equal(Monday.AddHours(10).AddMinutes(35).UtcDateTime, NextBreak(today));
    }

    [Fact]
    public async Task Later_puts_the_break_off_ten_minutes_until_another_session_is_logged()
    {
        app.Clock.Pin(Monday.AddHours(11));
        var client = await RunnerWithRemindersAsync();
        app.Clock.Pin(Monday.AddHours(11).AddMinutes(31));

        var response = await client.PutAsync("/api/reminders/snooze", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var today = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Monday.AddHours(11).AddMinutes(41).UtcDateTime, NextBreak(today));
        Assert.Equal(10 * 60, today.GetProperty("nextBreakInSeconds").GetDouble());

        // A session logged after "Later" ends the snooze: the interval counts from the session.
        app.Clock.Pin(Monday.AddHours(11).AddMinutes(39));
        await client.PostSessionAsync(await SessionRequests.CompletedAsync(client, endedAt: Monday.AddHours(11).AddMinutes(38)));
        Assert.Equal(Monday.AddHours(12).AddMinutes(8).UtcDateTime, NextBreak(await TodayAsync(client)));
    }

    [Fact]
    public async Task Later_needs_reminders_and_the_antiforgery_token()
    {
        app.Clock.Pin(Monday.AddHours(10));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.RunnerClientAsync()).PutAsync("/api/reminders/snooze", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().PutAsync("/api/reminders/snooze", null)).StatusCode);
    }
}
