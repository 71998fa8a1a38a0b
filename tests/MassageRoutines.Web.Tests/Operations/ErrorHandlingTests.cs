using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Operations;

public class ErrorHandlingTests
{
    [Fact]
    public async Task A_failing_page_shows_our_error_page_without_details()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        await app.Database.LoseAsync();

        var response = await client.GetAsync("/routines");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.Text("h1"));
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("Sqlite", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Npgsql", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_failing_api_call_answers_with_problem_details()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        await app.Database.LoseAsync();

        var response = await client.GetAsync("/api/routines");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(500, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_and_an_unknown_page_the_friendly_page()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();

        var api = await client.GetAsync("/api/nothing-here");
        var page = await client.GetAsync("/nothing-here");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (api.StatusCode, api.Content.Headers.ContentType!.MediaType));
        Assert.Equal((HttpStatusCode.NotFound, "We can't find that page"), (page.StatusCode, (await page.ToDocumentAsync()).Text("h1")));
    }
}
