using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Libraries;

/// <summary>Published library data is served from memory, for signed-in runners too, until the library changes.</summary>
public class PublishedLibraryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_signed_in_runners_routine_page_comes_from_memory_until_the_library_changes()
    {
        await app.CreateUserAsync("reader@example.com");
        var runner = await app.SignedInAsync("reader@example.com");
        Assert.Equal("5-minute post-run", (await runner.GetDocumentAsync("/routines/post-run-quick")).Text("h1"));

        // Changed behind the app's back: the page still shows what was published, without asking the database.
        await app.WithDbAsync(async db =>
        {
            var version = await db.RoutineVersions.SingleAsync(v => db.Routines.Any(r => r.Id == v.RoutineId && r.Slug == "post-run-quick" && r.Version == v.Version));
            version.Definition = version.Definition.Replace("\"name\":\"5-minute post-run\"", "\"name\":\"Renamed in the database\"");
            return await db.SaveChangesAsync();
        });
        Assert.Equal("5-minute post-run", (await runner.GetDocumentAsync("/routines/post-run-quick")).Text("h1"));

        await app.LibraryChangedAsync();

        Assert.Equal("Renamed in the database", (await runner.GetDocumentAsync("/routines/post-run-quick")).Text("h1"));
    }

    [Fact]
    public async Task Every_library_page_a_signed_in_runner_sees_shows_a_change_at_once()
    {
        await app.CreateUserAsync("lister@example.com");
        var runner = await app.SignedInAsync("lister@example.com");
        (string Page, string Before, string After)[] pages =
        [
            ("/moves", "Walk and reset", "Walk it off"),
            ("/moves/walk-and-reset", "Walk and reset", "Walk it off"),
            ("/routines", "Midday movement break", "Lunchtime break"),
            ("/routines?phase=break", "Midday movement break", "Lunchtime break"),
            ("/routines/midday-movement-break", "Midday movement break", "Lunchtime break"),
        ];
        foreach (var (page, before, _) in pages)
        {
            Assert.Contains(before, await TextAsync(runner, page));
            Assert.Contains(before, await TextAsync(runner, page)); // now from the kept fragment
        }

        await app.WithDbAsync(async db =>
        {
            await db.Moves.Where(m => m.Slug == "walk-and-reset").ExecuteUpdateAsync(m => m.SetProperty(x => x.Name, "Walk it off"));
            var version = await db.RoutineVersions.SingleAsync(v => db.Routines.Any(r => r.Id == v.RoutineId && r.Slug == "midday-movement-break" && r.Version == v.Version));
            version.Definition = version.Definition.Replace("\"name\":\"Midday movement break\"", "\"name\":\"Lunchtime break\"");
            return await db.SaveChangesAsync();
        });
        await app.LibraryChangedAsync();

        foreach (var (page, before, after) in pages)
        {
            var text = await TextAsync(runner, page);
            Assert.True(text.Contains(after) && !text.Contains(before), $"{page} shows the old text after the change");
        }
    }

    private static async Task<string> TextAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("main")!.TextContent;
}
