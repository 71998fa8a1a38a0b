using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Building;

/// <summary>Every new build is a stored row, so a client may store only so many a minute; builds already stored are free.</summary>
public class BuildLimitTests
{
    [Fact]
    public async Task Past_its_share_of_new_builds_a_client_gets_429_with_a_reason_and_nothing_is_stored_but_known_builds_still_come()
    {
        await using var app = new AppFactory { NewBuildsPerMinute = 2 };
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/build?phase=post-run&minutes=6");
        var second = await client.GetAsync("/api/build?phase=post-run&minutes=7");
        var stored = await app.WithDbAsync(db => db.BuiltRoutines.CountAsync());

        var third = await client.GetAsync("/api/build?phase=post-run&minutes=9");
        var page = await client.GetAsync("/build?phase=post-run&minutes=12");
        var firstAgain = await client.GetAsync("/api/build?phase=post-run&minutes=6");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(60), third.Headers.RetryAfter?.Delta);
        var problem = await third.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(("Too many new routines", "You have built many new routines in the last minute. Wait a minute, then try again."), (problem!.Title, problem.Detail));

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var document = await page.ToDocumentAsync();
        Assert.Equal("Too many new routines", document.Text("#nothing-title"));

        Assert.Equal(HttpStatusCode.OK, firstAgain.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routine").GetProperty("slug").GetString(),
            (await firstAgain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routine").GetProperty("slug").GetString());
        Assert.Equal(stored, await app.WithDbAsync(db => db.BuiltRoutines.CountAsync()));
    }
}
