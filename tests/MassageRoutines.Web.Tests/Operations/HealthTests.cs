using System.Net;
using Microsoft.Data.Sqlite;

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
        LoseTheDatabase(app);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
    }

    /// <summary>Deletes the database under the running app; the next connection finds an empty file.</summary>
    internal static void LoseTheDatabase(AppFactory app)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(app.DatabasePath + suffix);
        }
    }
}
