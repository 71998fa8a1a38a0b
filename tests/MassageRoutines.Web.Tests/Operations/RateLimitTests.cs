using System.Net;
using MassageRoutines.Web.Tests.Api;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>Limits that count per client; the client's address, and its /64 for IPv6, is in <see cref="ForwardedHeadersTests"/>.</summary>
public class RateLimitTests
{
    [Fact]
    public async Task Session_posts_that_make_a_new_anonymous_runner_are_limited_per_client_and_say_when_to_retry()
    {
        await using var app = new AppFactory { Settings = { ["Sessions:NewRunnersPerMinute"] = "2" } };
        var first = await app.RunnerClientAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        foreach (var client in new[] { first, await app.RunnerClientAsync(), await app.RunnerClientAsync() })
        {
            var response = await client.PostSessionAsync(await SessionRequests.CompletedAsync(client));
            statuses.Add(response.StatusCode);
            refused = response;
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(int.Parse(refused!.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        // A runner the app already knows (by its cookie) is not a new one, and is not held back.
        Assert.Equal(HttpStatusCode.Created, (await first.PostSessionAsync(await SessionRequests.CompletedAsync(first))).StatusCode);
    }
}
