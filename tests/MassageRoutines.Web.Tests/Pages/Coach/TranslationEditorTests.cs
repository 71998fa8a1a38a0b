using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

/// <summary>A coach writes a move's and a routine's text per language, and sees which languages they still lack.</summary>
public class TranslationEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <param name="fields">The form's fields as the page drew them (antiforgery token included), with the coach's changes.</param>
    private static async Task<AngleSharp.Dom.IDocument> PostAsync(SignedInCoach coach, string url, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        await (await coach.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields))).ToDocumentAsync();

    [Fact]
    public async Task A_move_shows_the_languages_it_lacks_and_takes_its_spanish_text_from_the_editor()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var url = $"{coach.LibraryUrl}/moves/new";
        var fields = (await coach.Client.GetDocumentAsync(url)).FieldsOf()
            .With("Form.Name", "Calf roll").With("Form.MainRegion", "calves").With("Form.Phases", "post-run")
            .With("Form.Steps", "Sit with the roller under one calf.\nRoll slowly from ankle to knee.")
            .With("Form.Cues", "0 Roll slowly.").With("Form.Cautions", "Stop on sharp pain, numbness or tingling.")
            .With("Form.Status", "published");
        var saved = await PostAsync(coach, url, "Save", fields);
        Assert.Equal("Still to write in: Español, Deutsch", saved.Text("#translations-lacking"));
        var slug = await app.WithDbAsync(db => db.Moves.Where(m => m.LibraryId == coach.Library.Id && m.Name == "Calf roll").Select(m => m.Slug).SingleAsync());

        var editUrl = $"{coach.LibraryUrl}/moves/{slug}";
        var spanish = (await coach.Client.GetDocumentAsync(editUrl)).FieldsOf()
            .With("Form.Translations[0].Name", "Rodillo en la pantorrilla")
            .With("Form.Translations[0].Steps", "Siéntate con el rodillo bajo una pantorrilla.\nRueda despacio del tobillo a la rodilla.")
            .With("Form.Translations[0].Cues", "0 Rueda despacio.")
            .With("Form.Translations[0].Cautions", "Detente si sientes dolor agudo, entumecimiento u hormigueo.");
        var page = await PostAsync(coach, editUrl, "Save", spanish);

        Assert.Equal("Still to write in: Deutsch", page.Text("#translations-lacking"));
        var move = await app.WithDbAsync(async db => (await db.Moves.SingleAsync(m => m.Slug == slug)).ToMove());
        Assert.Equal(["Rueda despacio."], move.Translations["es"].Cues.Select(c => c.Text));
        var runner = app.AskingFor("es");
        Assert.Equal("Rodillo en la pantorrilla", (await runner.GetDocumentAsync($"/moves/{slug}")).Text("h1"));
    }

    [Fact]
    public async Task A_translation_that_does_not_match_the_default_text_shows_next_to_its_field_and_nothing_is_saved()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.MoveSlugAsync(app, "shin-grip-ankle-circles");
        var url = $"{coach.LibraryUrl}/moves/{slug}";
        var form = await coach.Client.GetDocumentAsync(url);
        Assert.Equal("This move has its text in every language.", form.Text("#translations-lacking"));

        var page = await PostAsync(coach, url, "Save", form.FieldsOf()
            .With("Form.Translations[1].Steps", "Nur ein Schritt.")
            .With("Form.Translations[0].Cues", "1 Rueda."));

        Assert.StartsWith("The 'de' text's steps must match the default text's one for one: it has 1", page.FieldError("Form.Translations[1].Steps"));
        Assert.StartsWith("The 'es' text's cues must be at the default text's seconds", page.FieldError("Form.Translations[0].Cues"));
        var move = await app.WithDbAsync(async db => (await db.Moves.SingleAsync(m => m.Slug == slug)).ToMove());
        Assert.NotEqual(["Nur ein Schritt."], move.Translations["de"].Steps);
    }

    [Fact]
    public async Task A_routine_takes_its_german_name_from_the_editor_and_runners_read_it_once_published()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var url = $"{coach.LibraryUrl}/routines/{slug}";
        var form = await coach.Client.GetDocumentAsync(url);
        Assert.Equal("This routine has its name in every language.", form.Text("#translations-lacking"));

        var cleared = await PostAsync(coach, url, "Save", form.FieldsOf().With("Form.Translations[1].Name", "").With("Form.Translations[1].Summary", ""));
        Assert.Equal("Still to write in: Deutsch", cleared.Text("#translations-lacking"));
        await PostAsync(coach, url, "Publish", cleared.FieldsOf().With("Form.Translations[1].Name", "Schnell nach dem Lauf"));

        var runner = app.AskingFor("de");
        var page = await runner.GetDocumentAsync($"/routines/{slug}");
        Assert.Equal("Schnell nach dem Lauf", page.Text("h1"));
        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
    }
}
