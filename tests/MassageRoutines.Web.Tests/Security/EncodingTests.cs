using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Security;

public class EncodingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task A_move_named_like_a_script_shows_as_text_everywhere()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.MoveSlugAsync(app, "shin-grip-ankle-circles");
        var editor = $"{coach.LibraryUrl}/moves/{slug}";
        var fields = (await coach.Client.GetDocumentAsync(editor)).FieldsOf();
        // The same number of steps, so the move's Spanish and German still match it.
        var steps = fields.Single(field => field.Key == "Form.Steps").Value;
        fields = fields.With("Form.Name", Script).With("Form.Steps", $"{steps} {Script}");
        await coach.Client.PostAsync($"{editor}?handler=Save", new FormUrlEncodedContent(fields));
        var routine = await coach.RoutineSlugAsync(app, "post-run-quick");
        var routineEditor = $"{coach.LibraryUrl}/routines/{routine}";
        await coach.Client.PostAsync($"{routineEditor}?handler=Publish",
            new FormUrlEncodedContent((await coach.Client.GetDocumentAsync(routineEditor)).FieldsOf().With("Form.Summary", Script)));
        Assert.Equal(Script, await app.WithDbAsync(db => db.Moves.Where(m => m.Slug == slug).Select(m => m.Name).SingleAsync()));

        var runner = app.CreateClient();
        foreach (var (client, url) in new[]
        {
            (coach.Client, coach.LibraryUrl), (coach.Client, editor), (coach.Client, routineEditor),
            (runner, $"/moves/{slug}"), (runner, "/moves"), (runner, $"/routines/{routine}"), (runner, "/routines"),
            (runner, $"/api/moves/{slug}"), (runner, $"/api/routines/{routine}"), (runner, $"/api/routines/{routine}/timeline"),
        })
        {
            var body = await client.GetStringAsync(url);
            Assert.DoesNotContain(Script, body);
            Assert.True(body.Contains("&lt;script&gt;alert(1)&lt;/script&gt;") || body.Contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"),
                $"{url} does not show the name at all.");
        }

        // The player renders move names in the browser, with textContent, from the timeline API above.
        Assert.DoesNotContain(Script, await runner.GetStringAsync($"/play/{routine}"));
        var page = await runner.GetDocumentAsync($"/moves/{slug}");
        Assert.Equal(Script, page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }
}
