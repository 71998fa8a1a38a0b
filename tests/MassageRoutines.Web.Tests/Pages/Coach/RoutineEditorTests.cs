using System.Text.Json;
using System.Net.Http.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

public class RoutineEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<(string Url, List<KeyValuePair<string, string>> Fields)> OpenAsync(SignedInCoach coach, string slug)
    {
        var url = $"{coach.LibraryUrl}/routines/{slug}";
        return (url, (await coach.Client.GetDocumentAsync(url)).FieldsOf());
    }

    private static async Task<AngleSharp.Dom.IDocument> PostAsync(SignedInCoach coach, string url, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        await (await coach.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields))).ToDocumentAsync();

    private static string[] Items(AngleSharp.Dom.IDocument page) => page.Texts(".items h3").ToArray();

    [Fact]
    public async Task Move_up_move_down_remove_and_add_change_the_form_but_save_nothing()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-full");
        var (url, fields) = await OpenAsync(coach, slug);

        var up = await PostAsync(coach, url, "MoveUp", fields.With("index", "2"));
        Assert.Equal(["Broad strokes for the legs", "Shin grip with ankle circles", "IT band and quads roll", "Glutes, hips and adductors on a ball"], Items(up));
        var down = await PostAsync(coach, url, "MoveDown", up.FieldsOf().With("index", "0"));
        Assert.Equal(["Shin grip with ankle circles", "Broad strokes for the legs", "IT band and quads roll", "Glutes, hips and adductors on a ball"], Items(down));
        var removed = await PostAsync(coach, url, "Remove", down.FieldsOf().With("index", "3"));
        Assert.Equal(["Shin grip with ankle circles", "Broad strokes for the legs", "IT band and quads roll"], Items(removed));
        var lowBack = await coach.MoveSlugAsync(app, "low-back-hips-release");
        var added = await PostAsync(coach, url, "Add", removed.FieldsOf().With("Form.AddMove", lowBack));
        Assert.Equal("Low back and hips release", Items(added)[^1]);
        Assert.Equal("120", added.QuerySelector("[name='Form.Items[3].Seconds']")!.GetAttribute("value"));

        var stored = await app.WithDbAsync(db => db.Routines.Where(r => r.Slug == slug).SelectMany(r => r.Items).OrderBy(i => i.Order).Select(i => i.Move!.Name).ToListAsync());
        Assert.Equal(["Broad strokes for the legs", "IT band and quads roll", "Shin grip with ankle circles", "Glutes, hips and adductors on a ball"], stored);
    }

    [Fact]
    public async Task The_engines_warnings_show_as_the_coach_edits()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var (url, fields) = await OpenAsync(coach, await coach.RoutineSlugAsync(app, "post-run-full"));
        Assert.Equal("No warnings.", (await coach.Client.GetDocumentAsync(url)).Text("#check-title ~ p:nth-of-type(2)"));

        // Shin grip (point work on shins and calves) before the broad strokes that loosen them; then
        // every move at 120 s a side: 960 s of massage, 40 s getting into position, 20 s switching.
        var page = await PostAsync(coach, url, "MoveUp", fields.With("index", "2"));
        page = await PostAsync(coach, url, "MoveUp", page.FieldsOf().With("index", "1"));

        Assert.Contains(page.Texts(".warnings li"), w => w.Contains("comes before Broad strokes for the legs (broad strokes)"));
        var timed = await PostAsync(coach, url, "Check", page.FieldsOf().With("Form.Items[0].Seconds", "120").With("Form.Items[1].Seconds", "120").With("Form.Items[2].Seconds", "120").With("Form.Items[3].Seconds", "120"));
        Assert.Contains(timed.Texts(".warnings li"), w => w.StartsWith("The massage takes 17:00"));
    }

    [Fact]
    public async Task A_bad_routine_shows_each_problem_by_its_field_and_saves_nothing()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "pre-run-full");
        var (url, fields) = await OpenAsync(coach, slug);

        var page = await PostAsync(coach, url, "Save", fields
            .With("Form.Name", "")
            .With("Form.WarmUpMinutes", "5")
            .With("Form.PrepareSeconds", "90")
            .With("Form.Items[1].Seconds", "500"));

        Assert.Equal("Name is required.", page.FieldError("Form.Name"));
        Assert.Equal("A pre-run routine's warm-up in minutes must be between 10 and 30 (it is 5).", page.FieldError("Form.WarmUpMinutes"));
        Assert.Equal("Time to get into position must be between 0 and 60 (it is 90).", page.FieldError("Form.PrepareSeconds"));
        Assert.Equal("IT band and quads roll runs 30 to 120 seconds (this asks for 500).", page.FieldError("Form.Items[1].Seconds"));
        Assert.Equal("Full pre-run routine", await app.WithDbAsync(db => db.Routines.Where(r => r.Slug == slug).Select(r => r.Name).SingleAsync()));
    }

    [Fact]
    public async Task Publishing_makes_a_new_version_runners_see_at_once_and_publishes_its_draft_moves()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var runner = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await runner.GetAsync($"/routines/{slug}")).StatusCode);
        var (url, fields) = await OpenAsync(coach, slug);

        var first = await PostAsync(coach, url, "Publish", fields.With("Form.Name", "Club cool-down"));
        Assert.StartsWith("Published version 1 of Club cool-down, and its moves", first.Text("[role=status]"));
        Assert.Equal("Club cool-down", (await runner.GetDocumentAsync($"/routines/{slug}")).Text("h1"));
        Assert.Equal("Broad strokes for the legs", (await runner.GetDocumentAsync($"/moves/{await coach.MoveSlugAsync(app, "leg-broad-strokes")}")).Text("h1"));

        var second = await PostAsync(coach, url, "Publish", first.FieldsOf().With("Form.Name", "Club cool-down, longer").With("Form.Items[0].Seconds", "90"));
        Assert.Equal("Published version 2 of Club cool-down, longer.", second.Text("[role=status]"));
        Assert.Equal("Club cool-down, longer", (await runner.GetDocumentAsync($"/routines/{slug}")).Text("h1"));
        var versions = await app.WithDbAsync(db => db.RoutineVersions.Where(v => db.Routines.Any(r => r.Id == v.RoutineId && r.Slug == slug)).Select(v => v.Version).OrderBy(v => v).ToListAsync());
        Assert.Equal([1, 2], versions);
    }

    [Fact]
    public async Task A_session_started_on_the_old_version_is_logged_against_it()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var (url, fields) = await OpenAsync(coach, slug);
        var published = await PostAsync(coach, url, "Publish", fields);
        var runner = await app.RunnerClientAsync();
        var log = await SessionRequests.CompletedAsync(runner, slug);

        await PostAsync(coach, url, "Publish", published.FieldsOf().With("Form.Items[0].Seconds", "90"));
        var response = await runner.PostSessionAsync(log);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routineVersion").GetInt32());
        Assert.Equal(2, (await runner.GetFromJsonAsync<JsonElement>($"/api/routines/{slug}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Archiving_takes_a_routine_away_from_runners()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "midday-movement-break");
        var (url, fields) = await OpenAsync(coach, slug);
        var published = await PostAsync(coach, url, "Publish", fields);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/routines/{slug}")).StatusCode);

        var archived = await PostAsync(coach, url, "Archive", published.FieldsOf());

        Assert.Contains("runners no longer see it", archived.Text("[role=status]"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/routines/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_new_routine_gets_a_slug_from_its_name()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var url = $"{coach.LibraryUrl}/routines/new";
        var shin = await coach.MoveSlugAsync(app, "shin-grip-ankle-circles");
        var page = await PostAsync(coach, url, "Add", (await coach.Client.GetDocumentAsync(url)).FieldsOf().With("Form.AddMove", shin));

        var saved = await PostAsync(coach, url, "Save", page.FieldsOf().With("Form.Name", "Shin care").With("Form.Phase", "post-run"));

        Assert.Equal("Saved Shin care.", saved.Text("[role=status]"));
        var routine = await app.WithDbAsync(db => db.Routines.Include(r => r.Items).SingleAsync(r => r.LibraryId == coach.Library.Id && r.Name == "Shin care"));
        Assert.Equal(("shin-care", ContentStatus.Draft, 0, 1), (routine.Slug, routine.Status, routine.Version, routine.Items.Count));
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_save_shows_their_version_beside_yours_and_saves_nothing()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var (url, fields) = await OpenAsync(coach, slug);

        // Two saves from the same starting version: another coach's lands first.
        var theirs = await PostAsync(coach, url, "Save", fields.With("Form.Name", "Quick, their way").With("Form.Summary", "Their summary."));
        Assert.Equal("Saved Quick, their way.", theirs.Text("[role=status]"));
        var conflict = await PostAsync(coach, url, "Save", fields.With("Form.Name", "Quick, my way"));

        Assert.Contains("Someone else saved this routine", conflict.Summary().Single());
        Assert.Equal("Their version: Quick, their way", conflict.Text("#theirs-title"));
        Assert.Contains("Their summary.", conflict.Text("#theirs-title ~ p:nth-of-type(2)"));
        Assert.Equal(Items(conflict).Length, conflict.Texts(".their-items li").Count());
        Assert.Equal("Quick, my way", conflict.QuerySelector("[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("Quick, their way", await app.WithDbAsync(db => db.Routines.Where(r => r.Slug == slug).Select(r => r.Name).SingleAsync()));

        // Saving again, having seen their version, replaces it on purpose.
        var saved = await PostAsync(coach, url, "Save", conflict.FieldsOf());

        Assert.Equal("Saved Quick, my way.", saved.Text("[role=status]"));
        Assert.Equal("Quick, my way", await app.WithDbAsync(db => db.Routines.Where(r => r.Slug == slug).Select(r => r.Name).SingleAsync()));
    }
}
