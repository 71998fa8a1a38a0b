using System.Text.Json.Nodes;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Data;

public class SeedLoaderTests
{
    private static readonly string RepositorySeeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task A_first_start_seeds_every_move_and_routine_into_the_read_only_default_library()
    {
        await using var app = new AppFactory();

        var (library, moves, routines) = await app.WithDbAsync(async db =>
            (await db.Libraries.SingleAsync(), await db.Moves.ToListAsync(), await db.Routines.Include(r => r.Items).ToListAsync()));

        Assert.True(library.IsReadOnly);
        Assert.Equal(Library.DefaultSlug, library.Slug);
        Assert.Equal(13, moves.Count);
        Assert.Equal(["midday-movement-break", "post-run-full", "post-run-quick", "pre-run-full", "pre-run-quick"], routines.Select(r => r.Slug).Order());
        Assert.All(moves, m => Assert.Equal(ContentStatus.Published, m.Status));
        Assert.All(routines, r => Assert.NotEmpty(r.Items));
    }

    [Fact]
    public async Task Every_seeded_move_is_credited_and_complete()
    {
        await using var app = new AppFactory();

        var moves = await app.WithDbAsync(async db => (await db.Moves.ToListAsync()).Select(m => m.ToMove()).ToList());

        Assert.All(moves, move =>
        {
            Assert.Empty(MoveRules.Check(move));
            Assert.NotNull(move.Credit);
            Assert.Contains("Incorporate Self Massage Into Your Training", move.Credit.Source);
            Assert.NotEmpty(move.Cues);
            Assert.NotEmpty(move.Summary);
        });
    }

    [Fact]
    public async Task Every_seeded_routine_plays_without_warnings()
    {
        await using var app = new AppFactory();

        var routines = await app.Services.GetRequiredService<PublishedLibrary>().RoutinesAsync();

        Assert.All(routines, r => Assert.Empty(r.Timeline.Warnings));
    }

    [Fact]
    public async Task A_restart_with_new_seeds_adds_only_missing_slugs_and_never_overwrites_an_edit()
    {
        // First started with seeds that lacked the movement break; the files have it now.
        var older = CopyOfSeeds();
        var routines = JsonNode.Parse(File.ReadAllText(Path.Combine(older, "routines.json")))!;
        routines["routines"]!.AsArray().Remove(routines["routines"]!.AsArray().Single(r => r!["slug"]!.GetValue<string>() == "midday-movement-break"));
        File.WriteAllText(Path.Combine(older, "routines.json"), routines.ToJsonString());
        await using var first = new AppFactory { SeedsFolder = older };
        await first.WithDbAsync(async db =>
        {
            (await db.Moves.SingleAsync(m => m.Slug == "easy-jog")).Name = "Easy jog, coach's version";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(4, await first.WithDbAsync(db => db.Routines.CountAsync()));

        await using var restarted = AppFactory.RestartOf(first);
        var (moveCount, routineSlugs, jogName) = await restarted.WithDbAsync(async db =>
            (await db.Moves.CountAsync(), await db.Routines.Select(r => r.Slug).ToListAsync(), (await db.Moves.SingleAsync(m => m.Slug == "easy-jog")).Name));

        Assert.Equal(13, moveCount);
        Assert.Equal(5, routineSlugs.Count);
        Assert.Contains("midday-movement-break", routineSlugs);
        Assert.Equal("Easy jog, coach's version", jogName);
    }

    [Fact]
    public async Task Seeds_already_loaded_as_they_are_are_not_read_again()
    {
        await using var first = new AppFactory();
        await first.WithDbAsync(async db =>
        {
            db.Routines.Remove(await db.Routines.SingleAsync(r => r.Slug == "midday-movement-break"));
            return await db.SaveChangesAsync();
        });

        await using var restarted = AppFactory.RestartOf(first);

        Assert.Equal(4, await restarted.WithDbAsync(db => db.Routines.CountAsync()));
    }

    [Fact]
    public async Task A_bad_seed_file_stops_start_up_naming_the_file_and_every_bad_field()
    {
        var folder = CopyOfSeeds();
        var moves = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "moves.json")))!;
        moves["moves"]![0]!["regions"] = new JsonArray("knee");
        moves["moves"]![0]!.AsObject().Remove("defaultSeconds");
        moves["moves"]![2]!["intensity"] = "brutal";
        File.WriteAllText(Path.Combine(folder, "moves.json"), moves.ToJsonString());
        await using var app = new AppFactory { SeedsFolder = folder };

        var error = StartUpError(app);

        Assert.Contains("moves.json $.moves[0].regions[0]: 'knee' is not a known body region", error.Message);
        Assert.Contains("moves.json $.moves[0].defaultSeconds: Required.", error.Message);
        Assert.Contains("moves.json $.moves[2].intensity: 'brutal' is not a known intensity", error.Message);
    }

    [Fact]
    public async Task A_routine_naming_a_missing_move_stops_start_up()
    {
        var folder = CopyOfSeeds();
        var routines = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "routines.json")))!;
        routines["routines"]![1]!["items"]![2]!["move"] = "no-such-move";
        File.WriteAllText(Path.Combine(folder, "routines.json"), routines.ToJsonString());
        await using var app = new AppFactory { SeedsFolder = folder };

        var error = StartUpError(app);

        Assert.Contains("routines.json $.routines[1].items[2].move: There is no move with the slug 'no-such-move'", error.Message);
    }

    [Fact]
    public async Task A_missing_seed_file_stops_start_up()
    {
        var folder = CopyOfSeeds();
        File.Delete(Path.Combine(folder, "routines.json"));
        await using var app = new AppFactory { SeedsFolder = folder };

        Assert.Contains("routines.json is missing", StartUpError(app).Message);
    }

    [Fact]
    public async Task An_empty_seeds_path_stops_start_up_naming_the_setting()
    {
        await using var app = new AppFactory { Settings = { ["Seeds:Path"] = "" } };

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains("Seeds:Path names the folder that holds moves.json and routines.json", error?.ToString());
    }

    private static SeedFileException StartUpError(AppFactory app)
    {
        var error = Record.Exception(() => app.CreateClient());
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SeedFileException seedError)
            {
                return seedError;
            }
        }
        throw new Xunit.Sdk.XunitException($"Expected start-up to fail with a SeedFileException, got {error?.ToString() ?? "no error"}.");
    }

    private static string CopyOfSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("massage-routines-seeds-").FullName;
        foreach (var file in Directory.GetFiles(RepositorySeeds, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }
}
