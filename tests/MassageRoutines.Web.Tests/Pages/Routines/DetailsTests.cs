using System.Net;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Routines;

public class DetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Shows_the_steps_in_order_with_seconds_and_sides()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-full");

        Assert.Equal("Full pre-run routine", page.Text("h1"));
        Assert.Equal(["Low back and hips release", "IT band and quads roll", "Glutes and hip rotators"], page.Texts(".steps h3"));
        var timings = page.Texts(".steps .meta").ToList();
        Assert.StartsWith("2:00 ·", timings[0]);
        Assert.StartsWith("1:00 each side", timings[1]);
        Assert.Equal("/moves/it-band-quads-roll", page.QuerySelector(".steps h3 a[href*=it-band]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Shows_total_time_tools_warm_up_and_a_start_link()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-full");

        var facts = page.Text(".facts");
        Assert.Contains("6:40, after a 10-minute warm-up", facts);
        Assert.Contains("Foam roller, Massage stick, Bolster", facts);
        Assert.Contains("easy jog, butt kicks, jumping jacks, high knees", page.Text("#warm-up-title + p"));
        var start = page.QuerySelector("a.button")!;
        Assert.Equal(("Start routine", "/play/pre-run-full"), (start.TextContent, start.GetAttribute("href")));
    }

    [Fact]
    public async Task A_post_run_routine_has_no_warm_up_section()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/post-run-full");

        Assert.Null(page.QuerySelector("#warm-up-title"));
        Assert.Equal("Broad strokes for the legs", page.Texts(".steps h3").First());
    }

    [Fact]
    public async Task The_engines_warnings_are_shown()
    {
        // A pre-run routine using the deep post-run glute move: capped intensity and wrong phase.
        await app.WithDbAsync(async db =>
        {
            var library = await db.Libraries.SingleAsync();
            var moves = await db.Moves.ToDictionaryAsync(m => m.Slug, m => m.Id);
            var routine = new Routine
            {
                Slug = "pre-run-too-deep",
                Name = "Too deep before a run",
                Phase = Phase.PreRun,
                WarmUpMinutes = 10,
                Items = [new RoutineItem { Move = (await db.Moves.SingleAsync(m => m.Slug == "glutes-hips-adductors-ball")).ToMove(), Seconds = 60 }],
            };
            var record = RoutineRecord.From(routine, library.Id, moves, ContentStatus.Published, app.Clock.GetUtcNow().UtcDateTime);
            record.Version = 1;
            record.Versions.Add(RoutineVersionRecord.From(routine, app.Clock.GetUtcNow().UtcDateTime));
            db.Routines.Add(record);
            return await db.SaveChangesAsync();
        });
        await app.LibraryChangedAsync();

        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-too-deep");

        var notes = page.Texts("#warnings-title + ul li").ToList();
        Assert.Contains(notes, n => n.Contains("played at moderate pressure"));
        Assert.Contains(notes, n => n.Contains("not meant for pre-run routines"));
        Assert.Contains("Moderate pressure", page.Text(".steps .meta"));
    }

    [Fact]
    public async Task An_unknown_routine_gets_the_friendly_not_found_page()
    {
        var response = await app.CreateClient().GetAsync("/routines/no-such-routine");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We can't find that page", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("main a[href='/routines']"));
    }

    [Fact]
    public async Task A_draft_routine_is_not_shown_to_runners()
    {
        await app.WithDbAsync(async db =>
        {
            var draft = await db.Routines.SingleAsync(r => r.Slug == "midday-movement-break");
            draft.Status = ContentStatus.Draft;
            return await db.SaveChangesAsync();
        });
        await app.LibraryChangedAsync();

        var response = await app.CreateClient().GetAsync("/routines/midday-movement-break");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
