using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Sessions;

/// <summary>A phone whose clock is wrong still logs, at the server's time: each send carries the phone's clock reading (sentAt).</summary>
public class DeviceClockTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(40)]
    [InlineData(-180)]
    public async Task A_log_from_a_phone_whose_clock_is_off_is_kept_at_the_servers_time(int minutesOff)
    {
        var client = await app.RunnerClientAsync();
        var serverNow = app.Clock.GetUtcNow();
        var off = TimeSpan.FromMinutes(minutesOff);
        // Played until a minute ago by the server's clock, as the phone's clock told it.
        var body = await SessionRequests.CompletedAsync(client, endedAt: serverNow.AddMinutes(-1) + off);
        body["sentAt"] = serverNow + off;

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body["id"]!.GetValue<Guid>();
        var stored = await app.WithDbAsync(db => db.SessionLogs.SingleAsync(l => l.Id == id));
        Assert.InRange(stored.EndedAt, serverNow.AddMinutes(-2).UtcDateTime, serverNow.UtcDateTime);
    }

    [Fact]
    public async Task A_retry_sent_later_is_the_same_log()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        body["sentAt"] = app.Clock.GetUtcNow();
        var first = await client.PostSessionAsync(body);

        body["sentAt"] = app.Clock.GetUtcNow().AddSeconds(30);
        var retry = await client.PostSessionAsync(body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
    }

    [Fact]
    public async Task Without_a_clock_reading_a_log_ending_in_the_future_is_still_refused()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client, endedAt: app.Clock.GetUtcNow().AddMinutes(40));

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("send the device's clock reading as sentAt", problem.GetProperty("errors").GetProperty("endedAt")[0].GetString());
    }
}
