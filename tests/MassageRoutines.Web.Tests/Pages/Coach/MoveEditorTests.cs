using System.Net;
using AngleSharp.Dom;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

public class MoveEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A valid new move, as the form posts it.</summary>
    private static Dictionary<string, string> ValidMove(string name = "Calf roll") => new()
    {
        ["Form.Name"] = name,
        ["Form.Summary"] = "Roll the calves after a run.",
        ["Form.MainRegion"] = "calves",
        ["Form.Position"] = "seated",
        ["Form.Technique"] = "broad",
        ["Form.Intensity"] = "moderate",
        ["Form.PerSide"] = "true",
        ["Form.DefaultSeconds"] = "60",
        ["Form.MinSeconds"] = "30",
        ["Form.MaxSeconds"] = "120",
        ["Form.Steps"] = "Sit with the roller under one calf.\nRoll slowly from ankle to knee.",
        ["Form.Cues"] = "0 Roll slowly.\n30 Turn the foot in a little.",
        ["Form.Cautions"] = "Ease off on sharp pain.",
        ["Form.CreditExpert"] = "Our head coach",
        ["Form.CreditSource"] = "Club handbook",
        ["Form.Status"] = "published",
        ["Form.Revision"] = "0",
    };

    private static IEnumerable<KeyValuePair<string, string>> Post(Dictionary<string, string> form, params string[] lists) =>
        [.. form, .. lists.Select(pair => pair.Split('=')).Select(p => new KeyValuePair<string, string>(p[0], p[1]))];

    private static async Task<IDocument> SaveAsync(SignedInCoach coach, string slug, IEnumerable<KeyValuePair<string, string>> fields) =>
        await (await coach.Client.PostFormAsync($"{coach.LibraryUrl}/moves/{slug}", fields, $"{coach.LibraryUrl}/moves/{slug}?handler=Save")).ToDocumentAsync();

    [Fact]
    public async Task A_new_move_is_saved_with_a_slug_of_its_own_and_shows_to_runners_once_published()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await SaveAsync(coach, "new", Post(ValidMove(), "Form.Regions=shins", "Form.Phases=post-run", "Form.Tools=foam-roller"));

        Assert.Equal("Saved Calf roll.", page.Text("[role=status]"));
        var move = await app.WithDbAsync(db => db.Moves.SingleAsync(m => m.LibraryId == coach.Library.Id && m.Name == "Calf roll"));
        Assert.Equal("calf-roll", move.Slug);
        Assert.Equal([BodyRegion.Calves, BodyRegion.Shins], move.Regions);
        Assert.Equal([new Cue(0, "Roll slowly."), new Cue(30, "Turn the foot in a little.")], move.Cues);
        var runners = await app.CreateClient().GetDocumentAsync("/moves/calf-roll");
        Assert.Equal("Calf roll", runners.Text("h1"));
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "Form.Name", "", "Name is required." },
        { "Form.Name", new string('n', 81), "Name must be at most 80 characters (it has 81)." },
        { "Form.MainRegion", "", "Pick the main body region." },
        { "Form.MinSeconds", "4", "Shortest length in seconds must be between 5 and 1200 (it is 4)." },
        { "Form.MaxSeconds", "1201", "Longest length in seconds must be between 5 and 1200 (it is 1201)." },
        { "Form.DefaultSeconds", "20", "Usual length (20 s) must not be below the shortest (30 s)." },
        { "Form.DefaultSeconds", "130", "Usual length (130 s) must not be above the longest (120 s)." },
        { "Form.Steps", "", "A move needs 1 to 12 steps (it has 0)." },
        { "Form.Steps", string.Join('\n', Enumerable.Repeat("Roll.", 13)), "A move needs 1 to 12 steps (it has 13)." },
        { "Form.Steps", "Sit.\n" + new string('s', 301), "Step 2 must be at most 300 characters (it has 301)." },
        { "Form.Cues", "75 Too late.", "Cue 1 is at 75 s, outside the move's 60 seconds." },
        { "Form.Cues", "soon Roll.", "Cue line 1 needs the second first" },
        { "Form.Cautions", new string('c', 301), "Caution 1 must be at most 300 characters (it has 301)." },
        { "Form.Summary", new string('s', 301), "Summary must be at most 300 characters (it has 301)." },
        { "Form.CreditSource", "", "The credited source is required." },
        { "Form.Position", "upside-down", "'upside-down' is not a known position; use one of: standing, lying-on-back, lying-on-side, seated." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Each_broken_rule_shows_next_to_its_field_and_nothing_is_saved(string field, string value, string message)
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var form = ValidMove($"Broken {Guid.NewGuid():N}");
        form[field] = value;

        var page = await SaveAsync(coach, "new", Post(form, "Form.Phases=post-run"));

        Assert.Contains(message, page.FieldError(field));
        Assert.Equal(form["Form.Name"], page.QuerySelector("[name='Form.Name']")!.GetAttribute("value") ?? "");
        Assert.False(await app.WithDbAsync(db => db.Moves.AnyAsync(m => m.LibraryId == coach.Library.Id && m.Name == form["Form.Name"])));
    }

    [Fact]
    public async Task A_move_needs_a_phase()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await SaveAsync(coach, "new", Post(ValidMove("No phase")));

        Assert.Equal("Pick at least one phase the move suits.", page.FieldError("Form.Phases"));
    }

    [Fact]
    public async Task Preview_shows_the_move_as_runners_will_see_it_without_saving()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var url = $"{coach.LibraryUrl}/moves/new";

        var page = await (await coach.Client.PostFormAsync(url, Post(ValidMove("Preview only"), "Form.Phases=post-run"), $"{url}?handler=Preview")).ToDocumentAsync();

        Assert.Equal("Preview: Preview only", page.Text("#preview-title"));
        Assert.Equal(["Sit with the roller under one calf.", "Roll slowly from ankle to knee."], page.Texts(".preview #steps-title + ol li"));
        Assert.Contains("Our head coach", page.Text(".preview .credit"));
        Assert.False(await app.WithDbAsync(db => db.Moves.AnyAsync(m => m.Name == "Preview only")));
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_edit_is_a_conflict_that_keeps_your_input()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.MoveSlugAsync(app, "shin-grip-ankle-circles");
        var url = $"{coach.LibraryUrl}/moves/{slug}";
        var mine = (await coach.Client.GetDocumentAsync(url)).FieldsOf().With("Form.Name", "Shin grip, my way");

        // Another coach saves first.
        await app.WithDbAsync(async db =>
        {
            var move = await db.Moves.SingleAsync(m => m.Slug == slug);
            move.Apply(move.ToMove() with { Name = "Shin grip, their way" }, move.Status, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var conflict = await (await coach.Client.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(mine))).ToDocumentAsync();

        Assert.Contains("Someone else saved this move", conflict.Summary().Single());
        Assert.Equal("Their version: Shin grip, their way", conflict.Text("#theirs-title"));
        Assert.Equal("Shin grip, my way", conflict.QuerySelector("[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("Shin grip, their way", await app.WithDbAsync(db => db.Moves.Where(m => m.Slug == slug).Select(m => m.Name).SingleAsync()));

        // Saving again, having seen their version, replaces it on purpose.
        var saved = await (await coach.Client.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(conflict.FieldsOf()))).ToDocumentAsync();

        Assert.Equal("Saved Shin grip, my way.", saved.Text("[role=status]"));
        Assert.Equal("Shin grip, my way", await app.WithDbAsync(db => db.Moves.Where(m => m.Slug == slug).Select(m => m.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_move_in_a_published_routine_stays_published()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var routine = $"{coach.LibraryUrl}/routines/{await coach.RoutineSlugAsync(app, "post-run-quick")}";
        await coach.Client.PostAsync($"{routine}?handler=Publish", new FormUrlEncodedContent((await coach.Client.GetDocumentAsync(routine)).FieldsOf()));
        var move = $"{coach.LibraryUrl}/moves/{await coach.MoveSlugAsync(app, "shin-grip-ankle-circles")}";

        var page = await (await coach.Client.PostAsync($"{move}?handler=Save",
            new FormUrlEncodedContent((await coach.Client.GetDocumentAsync(move)).FieldsOf().With("Form.Status", "archived")))).ToDocumentAsync();

        Assert.Equal("Runners follow this move from 5-minute post-run: it stays published while those routines use it.", page.FieldError("Form.Status"));
    }

    [Fact]
    public async Task A_coach_cannot_edit_the_read_only_seeded_library()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var response = await coach.Client.GetAsync($"/coach/libraries/{Library.DefaultSlug}/moves/easy-jog");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
