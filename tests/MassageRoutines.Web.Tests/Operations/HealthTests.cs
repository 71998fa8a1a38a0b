using System.Net;

namespace MassageRoutines.Web.Tests.Operations;

public class HealthTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    public async Task A_running_app_with_its_database_is_alive_and_ready(string url)
    {
        await using var app = new AppFactory();

        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_its_database_the_app_is_alive_but_not_ready()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        await app.Database.LoseAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
    }
}
