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
}
