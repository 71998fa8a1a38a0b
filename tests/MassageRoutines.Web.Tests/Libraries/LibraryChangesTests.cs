using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace MassageRoutines.Web.Tests.Libraries;

/// <summary>
/// Two apps on one PostgreSQL database, as two instances: a coach publishes on the first, and a
/// runner who had the page cached on the second sees the new version.
/// </summary>
[Trait("Database", "Postgres")]
public class LibraryChangesTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task A_publish_on_one_instance_empties_the_other_instances_caches()
    {
        await using var first = new AppFactory();
        await using var second = AppFactory.RestartOf(first);
        var (coach, slug, url) = await PublishedRoutineAsync(first, "Club cool-down");
        var runner = second.CreateClient();
        Assert.Equal("Club cool-down", await runner.RoutineHeadingAsync(slug));
        await Eventually.TrueAsync(async () => (await runner.GetAsync($"/routines/{slug}")).Headers.Age is not null, "the second serves the page from its output cache");

        await PublishAsync(coach, url, "Club cool-down, longer");

        var took = await Eventually.TrueAsync(async () => await runner.RoutineHeadingAsync(slug) == "Club cool-down, longer", "the second instance shows version 2");
        output.WriteLine($"The second instance showed the new version after {took.TotalMilliseconds:F0} ms.");
    }

    [PostgresFact]
    public async Task A_publish_reaches_the_other_instance_even_when_the_listening_connections_drop()
    {
        await using var first = new AppFactory();
        await using var second = AppFactory.RestartOf(first);
        var (coach, slug, url) = await PublishedRoutineAsync(first, "Club cool-down");
        var runner = second.CreateClient();
        Assert.Equal("Club cool-down", await runner.RoutineHeadingAsync(slug));
        await Eventually.TrueAsync(async () => (await runner.GetAsync($"/routines/{slug}")).Headers.Age is not null, "the second serves the page from its output cache");

        // Whether the notice arrives after the listener is back, or is lost while it is away, the
        // listener empties the caches once it listens again.
        await Eventually.TrueAsync(async () => await ListenersAsync(first) == 2, "both instances listen");
        Assert.Equal(2, await DropListenersAsync(first));
        await PublishAsync(coach, url, "Club cool-down, longer");

        await Eventually.TrueAsync(async () => await runner.RoutineHeadingAsync(slug) == "Club cool-down, longer", "the second instance shows version 2");
        await Eventually.TrueAsync(async () => await ListenersAsync(first) == 2, "both instances listen again");
    }

    private static async Task<(SignedInCoach Coach, string Slug, string Url)> PublishedRoutineAsync(AppFactory app, string name)
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var url = $"{coach.LibraryUrl}/routines/{slug}";
        await PublishAsync(coach, url, name);
        return (coach, slug, url);
    }

    private static async Task PublishAsync(SignedInCoach coach, string url, string name)
    {
        var fields = (await coach.Client.GetDocumentAsync(url)).FieldsOf();
        var page = await (await coach.Client.PostAsync($"{url}?handler=Publish", new FormUrlEncodedContent(fields.With("Form.Name", name)))).ToDocumentAsync();
        Assert.StartsWith("Published version", page.Text("[role=status]"));
    }

    private static Task<int> DropListenersAsync(AppFactory app) =>
        CountAsync(app, "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1");

    private static Task<int> ListenersAsync(AppFactory app) =>
        CountAsync(app, "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1");

    private static async Task<int> CountAsync(AppFactory app, string sql)
    {
        await using var command = app.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = PostgresLibraryListener.ApplicationName });
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
